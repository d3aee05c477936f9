package org.firebreak.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges the rows of a session file into an incident database, entry by entry, on one connection
 * the caller commits or rolls back as a whole. Rows are matched by natural keys; what both sides
 * hold is united, and values both sides changed are decided by {@link MergeDecisions}.
 */
public final class SessionMerge implements AutoCloseable {

  private final MergeSql sql;
  private final MergeTally tally = new MergeTally();
  private final MergeDecisions decisions;
  private final MergeLatest latest;
  private final PlanMerge plan;
  private final LabelMerge labels;
  private final PresetMerge presets;
  private final MessageBatch newMessages;
  private final boolean fresh;
  private BulkIndexes messageIndexes;
  private long sinceCommit;
  private Long incidentId;

  /** A merge into a database that may already hold an incident: one transaction, all or nothing. */
  public SessionMerge(Connection c) {
    this(c, false);
  }

  /**
   * With {@code fresh}, the database is new and empty (a session file being opened): messages are
   * inserted in batches without looking each one up, and work is committed every {@link
   * #FRESH_COMMIT_ROWS} rows; the caller deletes the new database if anything fails.
   */
  public SessionMerge(Connection c, boolean fresh) {
    this.sql = new MergeSql(c);
    this.decisions = new MergeDecisions(sql, tally);
    this.latest = new MergeLatest(sql, tally);
    this.plan = new PlanMerge(sql, tally);
    this.labels = new LabelMerge(sql, tally);
    this.presets = new PresetMerge(sql, tally);
    this.newMessages = new MessageBatch(sql, tally);
    this.fresh = fresh;
    if (fresh) {
      decisions.labels().off();
    }
  }

  /**
   * A new database is filled with the messages' plain indexes dropped; {@link #finish} builds them
   * again once every message is in (a sorted pass each, instead of one update per row and index).
   */
  private void bulkLoad() throws SQLException {
    if (fresh && messageIndexes == null) {
      messageIndexes = BulkIndexes.drop(sql.connection(), "messages");
    }
  }

  /** Rows between commits when a new database is filled. */
  public static final int FRESH_COMMIT_ROWS = 20_000;

  /** Merges one row of the named entry; unknown entries and fields are ignored. */
  public void accept(String entry, Map<String, Object> row) throws SQLException {
    if (!entry.equals("messages")) {
      newMessages.flush();
    }
    if (fresh && ++sinceCommit >= FRESH_COMMIT_ROWS) {
      newMessages.flush();
      sql.connection().commit();
      sinceCommit = 0;
    }
    switch (entry) {
      case "incidents" -> incident(row);
      case "team" -> union(entry, "team_members", row, keys(row, "name"), Map.of());
      case "labels" -> labels.label(row);
      case "label_deletions" -> labels.deletion(row);
      case "label_links" -> labels.link(row);
      case "saved_replies" ->
          union(
              entry,
              entry,
              row,
              keys(row, "language", "title", "created_by", "created_at"),
              lob(row, "text"));
      // a view both copies saved under one name keeps this copy's filter, like a label's colour
      case "saved_views" -> union(entry, entry, row, keys(row, "name_key"), Map.of());
      case "column_presets" -> presets.preset(row);
      case "rules" -> rule(row);
      case "messages" -> {
        bulkLoad();
        message(row);
      }
      case "message_labels" -> messageLabel(row);
      case "replies" -> byMessage(entry, row, "sent_by", "sent_at", "platform");
      case "notes" -> byMessage(entry, row, "author", "created_at");
      case "statements" -> statement(row);
      case "statement_versions" -> decisions.version(statementOf(row), row);
      case "statement_variants" -> decisions.variant(statementOf(row), row);
      case "hub_site" -> latest.hubSite(row);
      case "hub_summaries" -> latest.hubSummary(row);
      case "hub_updates" -> hubUpdate(row);
      case "hub_faq" ->
          union(entry, entry, row, keys(row, "language", "question"), lob(row, "answer"));
      case "hub_steps" -> union(entry, entry, row, keys(row, "language"), lob(row, "text"));
      case "hub_help" ->
          union(entry, entry, row, keys(row, "language", "label", "url"), lob(row, "detail"));
      case "playbooks" -> plan.playbook(row);
      case "committee" -> plan.member(row);
      case "plan_settings" -> plan.settings(row);
      case "checklist" -> plan.checklist(row, incident());
      case "audit" -> decisions.audit(row, incident());
      default -> {
        // an entry a newer Firebreak added within the same format version: nothing to merge
      }
    }
  }

  /** Decides every conflict, records it, and returns what the merge did. */
  public MergeTally finish() throws SQLException {
    newMessages.flush();
    if (messageIndexes != null) {
      messageIndexes.rebuild(sql.connection());
    }
    decisions.finish();
    return tally;
  }

  private long incident() throws SQLException {
    if (incidentId == null) {
      incidentId = sql.id("SELECT id FROM incidents ORDER BY id LIMIT 1");
    }
    return incidentId == null ? 0 : incidentId;
  }

  private void incident(Map<String, Object> row) throws SQLException {
    if (incident() == 0) {
      incidentId = sql.insert("incidents", row);
      tally.added("incidents");
      return;
    }
    latest.incidentTimes(incidentId, row);
  }

  private void union(
      String kind,
      String table,
      Map<String, Object> row,
      Map<String, Object> keys,
      Map<String, Object> lobs)
      throws SQLException {
    if (sql.find(table, keys, lobs) == null) {
      sql.insert(table, row);
      tally.added(kind);
    }
  }

  private void rule(Map<String, Object> row) throws SQLException {
    Long label = sql.labelId(row.get("label"));
    if (label != null) {
      Map<String, Object> r = with(row, "label_id", label);
      union("rules", "label_rules", r, keys(r, "label_id", "kind", "rule_value"), Map.of());
    }
  }

  private void message(Map<String, Object> row) throws SQLException {
    if (newMessages.holds(row)) {
      newMessages.flush(); // a file naming a message twice: the second is looked up below
    }
    Long id = fresh ? null : sql.messageId(row.get("platform"), row.get("external_id"));
    if (id == null) {
      newMessages.add(row);
    } else {
      decisions.message(id, row);
    }
  }

  private void messageLabel(Map<String, Object> row) throws SQLException {
    Long message = sql.messageId(row.get("m_platform"), row.get("m_external_id"));
    Long label = sql.labelId(row.get("label"));
    if (message == null || label == null) {
      return;
    }
    if (fresh) {
      sql.insert("message_labels", Map.of("message_id", message, "label_id", label));
      tally.added("message_labels");
      return;
    }
    boolean ours =
        sql.id(
                "SELECT message_id FROM message_labels WHERE message_id = ? AND label_id = ?",
                message,
                label)
            != null;
    decisions.labels().held(message, label, ours);
  }

  private void byMessage(String table, Map<String, Object> row, String... keyColumns)
      throws SQLException {
    Long message = sql.messageId(row.get("m_platform"), row.get("m_external_id"));
    if (message == null) {
      return;
    }
    Map<String, Object> r = with(row, "message_id", message);
    Map<String, Object> keys = keys(r, keyColumns);
    keys.put("message_id", message);
    union(table, table, r, keys, lob(r, "text"));
  }

  private void statement(Map<String, Object> row) throws SQLException {
    Long id = sql.statementId(row.get("kind"), row.get("title"), row.get("created_at"));
    if (id != null) {
      decisions.statement(id, row);
      return;
    }
    Map<String, Object> r = with(row, "incident_id", incident());
    Long group = sql.statementId(row.get("g_kind"), row.get("g_title"), row.get("g_created_at"));
    r.put("group_id", group);
    long newId = sql.insert("statements", r);
    if (group == null) {
      sql.update("statements", newId, Map.of("group_id", newId));
    }
    tally.added("statements");
  }

  private Long statementOf(Map<String, Object> row) throws SQLException {
    return sql.statementId(row.get("s_kind"), row.get("s_title"), row.get("s_created_at"));
  }

  private void hubUpdate(Map<String, Object> row) throws SQLException {
    Map<String, Object> r = with(row, "statement_id", statementOf(row));
    union(
        "hub_updates",
        "hub_updates",
        r,
        keys(r, "language", "posted_at", "statement_id"),
        lob(r, "text"));
  }

  static Map<String, Object> with(Map<String, Object> row, String column, Object value) {
    Map<String, Object> r = new LinkedHashMap<>(row);
    r.put(column, value);
    return r;
  }

  static Map<String, Object> keys(Map<String, Object> row, String... columns) {
    Map<String, Object> k = new LinkedHashMap<>();
    for (String col : columns) {
      k.put(col, row.get(col));
    }
    return k;
  }

  /**
   * Writes an audit entry unless the incident already holds the same one (a second merge of the
   * same file adds nothing); true when it was written.
   */
  static boolean auditOnce(MergeSql sql, MergeTally tally, Map<String, Object> entry)
      throws SQLException {
    if (sql.find(
            "audit_log",
            keys(entry, "at", "actor", "action", "entity", "entity_id"),
            keys(entry, "before_value", "after_value"))
        != null) {
      return false;
    }
    sql.insert("audit_log", entry);
    tally.added("audit");
    return true;
  }

  private static Map<String, Object> lob(Map<String, Object> row, String column) {
    return keys(row, column);
  }

  @Override
  public void close() throws SQLException {
    sql.close();
  }
}
