package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The merge rule for a label on a message that one copy holds and the other does not: the later
 * audited change to that label on that message wins (an add, or a removal), the other is kept in
 * the history as a {@code merge.conflict} entry. With no audited change on either side the label is
 * kept: a union loses nothing. At equal times the label is kept, whichever way the merge runs.
 */
final class LabelHistory {

  /** Actions that put a label on a message, and those that take it off. */
  static final List<String> ADDS = List.of("label.add", "undo.label.remove");

  static final List<String> REMOVES = List.of("label.remove", "undo.label.add");

  static final String ACTIONS_SQL =
      "'label.add', 'label.remove', 'undo.label.add', 'undo.label.remove'";

  private record Pair(long message, long label) {}

  private final MergeSql sql;
  private final MergeTally tally;
  private final Set<Pair> theirs = new HashSet<>();
  private final Set<Pair> wanted = new LinkedHashSet<>();
  private final Set<Pair> touched = new LinkedHashSet<>();
  private boolean off;

  LabelHistory(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
  }

  /** A new database copies the file's labels as they are: there is nothing to decide. */
  void off() {
    off = true;
  }

  /** The other copy holds this label on this message; this one does when {@code ours}. */
  void held(long message, long label, boolean ours) {
    if (off) {
      return;
    }
    Pair p = new Pair(message, label);
    if (ours) {
      theirs.add(p);
    } else {
      wanted.add(p);
    }
  }

  static boolean isLabelAction(Object action) {
    return ADDS.contains(action) || REMOVES.contains(action);
  }

  /** The other copy changed this label on this message at some time. */
  void changed(long message, long label) {
    if (off) {
      return;
    }
    touched.add(new Pair(message, label));
  }

  /** Decides every label the two copies disagree on, once the histories are united. */
  void finish() throws SQLException {
    for (Pair p : wanted) {
      Boolean keep = decide(p);
      if (keep == null || keep) {
        sql.insert("message_labels", Map.of("message_id", p.message(), "label_id", p.label()));
        tally.added("message_labels");
      }
    }
    for (Pair p : touched) {
      if (wanted.contains(p) || theirs.contains(p) || !present(p)) {
        continue; // the copies agree, or the label was decided above
      }
      Boolean keep = decide(p);
      if (keep != null && !keep) {
        PreparedStatement ps =
            sql.prepare("DELETE FROM message_labels WHERE message_id = ? AND label_id = ?");
        ps.setLong(1, p.message());
        ps.setLong(2, p.label());
        ps.executeUpdate();
        tally.updated("message_labels");
      }
    }
  }

  private boolean present(Pair p) throws SQLException {
    return sql.id(
            "SELECT message_id FROM message_labels WHERE message_id = ? AND label_id = ?",
            p.message(),
            p.label())
        != null;
  }

  /**
   * Whether the label stays, by the latest audited change in the united history (null: none); when
   * the history holds both an add and a removal, the decision is a conflict, reported once.
   */
  private Boolean decide(Pair p) throws SQLException {
    String where =
        " FROM audit_log WHERE entity = 'message' AND entity_id = ? AND action IN ("
            + ACTIONS_SQL
            + ") AND COALESCE(after_value, before_value) = ?";
    Map<String, Object> latest =
        sql.row(
            "SELECT action, at"
                + where
                + " ORDER BY at DESC, CASE WHEN action IN ('label.add', 'undo.label.remove')"
                + " THEN 0 ELSE 1 END LIMIT 1",
            p.message(),
            Long.toString(p.label()));
    if (latest == null) {
      return null;
    }
    boolean keep = ADDS.contains(latest.get("action"));
    Map<String, Object> kinds =
        sql.row(
            "SELECT COUNT(DISTINCT CASE WHEN action IN ('label.add', 'undo.label.remove')"
                + " THEN 1 ELSE 0 END) AS kinds"
                + where,
            p.message(),
            Long.toString(p.label()));
    if (((Number) kinds.get("kinds")).intValue() > 1) {
      String at = (String) latest.get("at");
      String name = (String) sql.row("SELECT name FROM labels WHERE id = ?", p.label()).get("name");
      String win = keep ? "present" : "removed";
      String lose = keep ? "removed" : "present";
      if (recordConflict(p.message(), at, "label " + name, win, lose)) {
        Map<String, Object> key =
            sql.row("SELECT platform, external_id FROM messages WHERE id = ?", p.message());
        tally.conflict(
            new MergeConflict(
                "message",
                key.get("platform") + "/" + key.get("external_id"),
                "label " + name,
                win,
                lose,
                at,
                null));
      }
    }
    return keep;
  }

  private boolean recordConflict(long message, String at, String field, String win, String lose)
      throws SQLException {
    Map<String, Object> entry = new java.util.LinkedHashMap<>();
    entry.put("at", at);
    entry.put("actor", "merge");
    entry.put("action", "merge.conflict");
    entry.put("entity", "message");
    entry.put("entity_id", message);
    entry.put("before_value", field + ": " + lose);
    entry.put("after_value", field + ": " + win);
    return SessionMerge.auditOnce(sql, tally, entry);
  }
}
