package org.firebreak.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of a merge that belong to labels themselves: deletions (tombstones) and each label's
 * answer and response target. A label one copy deleted is deleted by the merge unless the other
 * copy created it again after the deletion; a label's link is taken from the copy that set it last.
 */
final class LabelMerge {

  private final MergeSql sql;
  private final MergeTally tally;

  LabelMerge(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
  }

  /** A label of the file: added unless this copy deleted it after the file's copy created it. */
  void label(Map<String, Object> row) throws SQLException {
    if (sql.labelId(row.get("name_key")) != null) {
      return;
    }
    String deletedAt = deletedAt(row.get("name_key"));
    if (deletedAt != null && !MergeDecisions.later((String) row.get("created_at"), deletedAt)) {
      return; // deleted here after it was made there: the deletion stands
    }
    sql.insert("labels", row);
    tally.added("labels");
  }

  /** A label the file's copy deleted: kept as a tombstone, and the label deleted here too. */
  void deletion(Map<String, Object> row) throws SQLException {
    Object key = row.get("name_key");
    String at = (String) row.get("deleted_at");
    if (key == null || at == null) {
      return;
    }
    String ours = deletedAt(key);
    if (ours == null) {
      sql.insert("label_tombstones", row);
    } else if (MergeDecisions.later(at, ours)) {
      try (var ps =
          sql.connection()
              .prepareStatement(
                  "UPDATE label_tombstones SET deleted_at = ?, deleted_by = ? WHERE name_key = ?")) {
        ps.setObject(1, MergeSql.timestamp(at));
        ps.setObject(2, row.get("deleted_by"));
        ps.setObject(3, key);
        ps.executeUpdate();
      }
    }
    Long label = sql.labelId(key);
    if (label == null) {
      return;
    }
    Map<String, Object> created =
        sql.row(
            "SELECT MAX(at) AS at FROM audit_log WHERE entity = 'label' AND entity_id = ?"
                + " AND action = 'label.create'",
            label);
    if (MergeDecisions.later((String) created.get("at"), at)) {
      return; // made again here after the other copy deleted it
    }
    try (var ps = sql.connection().prepareStatement("DELETE FROM labels WHERE id = ?")) {
      ps.setLong(1, label); // its rules and its place on messages go with it (cascade)
      ps.executeUpdate();
    }
    tally.updated("label_deletions");
  }

  /** A label's answer and target: taken when this copy has none, or set them earlier. */
  void link(Map<String, Object> row) throws SQLException {
    Long label = sql.labelId(row.get("label"));
    if (label == null) {
      return;
    }
    Long answer = null;
    if ("STATEMENT".equals(row.get("answer_kind"))) {
      answer = sql.statementId(row.get("s_kind"), row.get("s_title"), row.get("s_created_at"));
    } else if ("FAQ".equals(row.get("answer_kind"))) {
      answer =
          sql.id(
              "SELECT id FROM hub_faq WHERE language = ? AND question = ? ORDER BY id",
              row.get("f_language"),
              row.get("f_question"));
    }
    Map<String, Object> theirs = new LinkedHashMap<>();
    theirs.put("answer_kind", answer == null ? null : row.get("answer_kind"));
    theirs.put("answer_id", answer);
    theirs.put("target_minutes", row.get("target_minutes"));
    Map<String, Object> ours =
        sql.row("SELECT answer_kind, answer_id, target_minutes FROM labels WHERE id = ?", label);
    if (sameLink(ours, theirs)) {
      return;
    }
    boolean oursEmpty = ours.get("answer_kind") == null && ours.get("target_minutes") == null;
    if (!oursEmpty) {
      String ourAt =
          (String)
              sql.row(
                      "SELECT MAX(at) AS at FROM audit_log WHERE entity = 'label' AND entity_id = ?"
                          + " AND action = 'label.link'",
                      label)
                  .get("at");
      String theirAt = (String) row.get("linked_at");
      boolean theirsWin =
          Objects.equals(ourAt, theirAt)
              ? String.valueOf(theirs).compareTo(String.valueOf(ours)) > 0
              : MergeDecisions.later(theirAt, ourAt);
      if (!theirsWin) {
        return;
      }
    }
    sql.update("labels", label, theirs);
    tally.updated("label_links");
  }

  private static boolean sameLink(Map<String, Object> ours, Map<String, Object> theirs) {
    return Objects.equals(ours.get("answer_kind"), theirs.get("answer_kind"))
        && Objects.equals(number(ours.get("answer_id")), number(theirs.get("answer_id")))
        && Objects.equals(number(ours.get("target_minutes")), number(theirs.get("target_minutes")));
  }

  private static Long number(Object v) {
    return v == null ? null : ((Number) v).longValue();
  }

  private String deletedAt(Object key) throws SQLException {
    Map<String, Object> r =
        sql.row("SELECT deleted_at FROM label_tombstones WHERE name_key = ?", key);
    return r == null ? null : (String) r.get("deleted_at");
  }
}
