package org.firebreak.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The merge rules for values both copies may have changed. For a message's status and assignee and
 * a statement's state, the side whose latest audited change is later wins (ties: the greater value,
 * so the result never depends on the direction); the other value is reported and kept in the audit
 * log as a {@code merge.conflict} entry.
 */
final class MergeDecisions {

  /** A message's fields, each decided by the latest audited change to that field alone. */
  private static final Map<String, List<String>> MESSAGE_FIELDS =
      Map.of(
          "status", List.of("status.set", "undo.status.set"),
          "assignee", List.of("assign", "undo.assign"));

  private static final List<String> STATEMENT_FIELDS =
      List.of("state", "spokesperson", "approver", "published_at", "reject_reason");

  /** A row both sides hold with differing values, waiting for the incoming audit log. */
  private static final class Pending {
    final String entity;
    final long id;
    final String key;
    final Map<String, Object> ours;
    final Map<String, Object> theirs;
    final List<String> actions;
    final String ourAt;
    String theirAt;

    /** Times of the other copy's changes, and of those this copy already held before the merge. */
    final java.util.Set<String> theirTimes = new java.util.HashSet<>();

    final java.util.Set<String> sharedTimes = new java.util.HashSet<>();

    /**
     * Whether both copies changed the value apart: the losing side's latest change is not in the
     * winning side's history (a change only one copy made is an update, not a conflict).
     */
    boolean contested(boolean theirsWin) {
      if (java.util.Objects.equals(theirAt, ourAt)) {
        return true;
      }
      return theirsWin
          ? ourAt != null && !theirTimes.contains(ourAt)
          : theirAt != null && !sharedTimes.contains(theirAt);
    }

    Pending(
        String entity,
        long id,
        String key,
        Map<String, Object> ours,
        Map<String, Object> theirs,
        List<String> actions,
        String ourAt) {
      this.entity = entity;
      this.id = id;
      this.key = key;
      this.ours = ours;
      this.theirs = theirs;
      this.actions = actions;
      this.ourAt = ourAt;
    }

    boolean counts(Object action) {
      return actions == null || actions.contains(action);
    }
  }

  private final MergeSql sql;
  private final MergeTally tally;
  private final Map<String, List<Pending>> pending = new HashMap<>();
  private final VersionNumbers versions;
  private final LabelHistory labels;

  MergeDecisions(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
    this.versions = new VersionNumbers(sql, tally);
    this.labels = new LabelHistory(sql, tally);
  }

  LabelHistory labels() {
    return labels;
  }

  void message(long id, Map<String, Object> row) throws SQLException {
    for (String field : List.of("status", "assignee")) {
      hold(
          "message",
          id,
          row.get("platform") + "/" + row.get("external_id"),
          "messages",
          List.of(field),
          MESSAGE_FIELDS.get(field),
          row);
    }
  }

  void statement(long id, Map<String, Object> row) throws SQLException {
    hold(
        "statement",
        id,
        row.get("kind") + " \"" + row.get("title") + "\" " + row.get("created_at"),
        "statements",
        STATEMENT_FIELDS,
        null,
        row);
  }

  private void hold(
      String entity,
      long id,
      String key,
      String table,
      List<String> fields,
      List<String> actions,
      Map<String, Object> row)
      throws SQLException {
    Map<String, Object> ours =
        sql.row("SELECT " + String.join(", ", fields) + " FROM " + table + " WHERE id = ?", id);
    Map<String, Object> theirs = SessionMerge.keys(row, fields.toArray(new String[0]));
    if (text(ours).equals(text(theirs))) {
      return;
    }
    String only =
        actions == null
            ? ""
            : " AND action IN ('" + String.join("', '", actions) + "')"; // constants, not input
    Map<String, Object> latest =
        sql.row(
            "SELECT MAX(at) AS at FROM audit_log WHERE entity = ? AND entity_id = ?" + only,
            entity,
            id);
    pending
        .computeIfAbsent(entity + id, k -> new ArrayList<>())
        .add(new Pending(entity, id, key, ours, theirs, actions, (String) latest.get("at")));
  }

  void audit(Map<String, Object> row, long incidentId) throws SQLException {
    Long id = sql.messageId(row.get("m_platform"), row.get("m_external_id"));
    if (id == null) {
      id = sql.statementId(row.get("s_kind"), row.get("s_title"), row.get("s_created_at"));
    }
    if (id == null) {
      id = sql.labelId(row.get("l_label"));
    }
    if (id == null && row.get("entity_id") != null) {
      id =
          "incident".equals(row.get("entity"))
              ? incidentId
              : ((Number) row.get("entity_id")).longValue();
    }
    if (id == null) {
      return;
    }
    List<Pending> affected = new ArrayList<>();
    for (Pending p : pending.getOrDefault(row.get("entity") + "" + id, List.of())) {
      if (p.counts(row.get("action"))) {
        affected.add(p);
        p.theirTimes.add((String) row.get("at"));
        if (later((String) row.get("at"), p.theirAt)) {
          p.theirAt = (String) row.get("at");
        }
      }
    }
    Map<String, Object> r = SessionMerge.with(row, "entity_id", id);
    r.remove("change_id");
    if (Boolean.TRUE.equals(row.get("label_value"))) {
      // the file names the label by its key; this database's audit log holds its id
      Long label =
          sql.labelId(
              row.get("after_value") != null ? row.get("after_value") : row.get("before_value"));
      if (label != null) {
        String local = Long.toString(label);
        r.put("before_value", row.get("before_value") == null ? null : local);
        r.put("after_value", row.get("after_value") == null ? null : local);
        if ("message".equals(row.get("entity")) && LabelHistory.isLabelAction(row.get("action"))) {
          labels.changed(id, label);
        }
      }
    }
    if (!SessionMerge.auditOnce(sql, tally, r)) {
      affected.forEach(p -> p.sharedTimes.add((String) row.get("at")));
    }
  }

  void version(Long statementId, Map<String, Object> row) throws SQLException {
    if (statementId != null) {
      versions.version(statementId, row);
    }
  }

  /**
   * A variant both sides hold: the published one wins, then the later publication, then the text.
   */
  void variant(Long statementId, Map<String, Object> row) throws SQLException {
    if (statementId == null) {
      return;
    }
    Map<String, Object> r = SessionMerge.with(row, "statement_id", statementId);
    Map<String, Object> ours =
        sql.row(
            "SELECT id, text, published_at, published_by, post_url, override_reason FROM statement_variants WHERE statement_id = ? AND platform = ?",
            statementId,
            row.get("platform"));
    if (ours == null) {
      sql.insert("statement_variants", r);
      tally.added("statement_variants");
    } else if (rank(r).compareTo(rank(ours)) > 0) {
      sql.update(
          "statement_variants",
          ((Number) ours.get("id")).longValue(),
          SessionMerge.keys(
              r, "text", "published_at", "published_by", "post_url", "override_reason"));
      tally.updated("statement_variants");
    }
  }

  private static String rank(Map<String, Object> v) {
    return (v.get("published_at") == null ? "0" : "1" + v.get("published_at"))
        + "\u0000"
        + text(SessionMerge.keys(v, "text", "published_by", "post_url", "override_reason"));
  }

  void finish() throws SQLException {
    List<Pending> all = new ArrayList<>();
    pending.values().forEach(all::addAll);
    all.sort(Comparator.comparing((Pending p) -> p.entity).thenComparingLong(p -> p.id));
    for (Pending p : all) {
      decide(p);
    }
    versions.renumber();
    labels.finish();
  }

  private void decide(Pending p) throws SQLException {
    boolean theirsWin =
        Objects.equals(p.theirAt, p.ourAt)
            ? text(p.theirs).compareTo(text(p.ours)) > 0
            : later(p.theirAt, p.ourAt);
    Map<String, Object> win = theirsWin ? p.theirs : p.ours;
    Map<String, Object> lose = theirsWin ? p.ours : p.theirs;
    String at = later(p.theirAt, p.ourAt) ? p.theirAt : p.ourAt;
    at = at == null ? Instant.EPOCH.toString() : at;
    Map<String, Object> changed = new LinkedHashMap<>();
    boolean contested = p.contested(theirsWin);
    for (String field : win.keySet()) {
      String w = Objects.toString(win.get(field), null);
      String l = Objects.toString(lose.get(field), null);
      if (Objects.equals(w, l)) {
        continue;
      }
      if (theirsWin) {
        changed.put(field, win.get(field));
      }
      if (!contested) {
        continue;
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("at", at);
      entry.put("actor", "merge");
      entry.put("action", "merge.conflict");
      entry.put("entity", p.entity);
      entry.put("entity_id", p.id);
      entry.put("before_value", field + ": " + l);
      entry.put("after_value", field + ": " + w);
      if (SessionMerge.auditOnce(sql, tally, entry)) {
        String wAt = theirsWin ? p.theirAt : p.ourAt;
        String lAt = theirsWin ? p.ourAt : p.theirAt;
        tally.conflict(new MergeConflict(p.entity, p.key, field, w, l, wAt, lAt));
      }
    }
    if (!changed.isEmpty()) {
      sql.update(p.entity.equals("message") ? "messages" : "statements", p.id, changed);
      tally.updated(p.entity.equals("message") ? "messages" : "statements");
    }
  }

  /** Whether instant a is after instant b; nothing is never later. */
  static boolean later(String a, String b) {
    if (a == null) {
      return false;
    }
    return b == null || Instant.parse(a).isAfter(Instant.parse(b));
  }

  static String text(Map<String, Object> values) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      s.append(e.getKey())
          .append('=')
          .append(e.getValue() == null ? "" : e.getValue().toString())
          .append('\u0001');
    }
    return s.toString();
  }
}
