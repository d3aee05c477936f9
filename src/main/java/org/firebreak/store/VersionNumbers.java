package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unites the versions of a statement. When two copies each saved a different version under the same
 * number, both are kept and the statement's versions are numbered again by time (then number,
 * author and text), which gives the same numbering whichever copy is merged into which.
 */
final class VersionNumbers {

  private record Row(long id, int version, String createdAt, String author, String text) {}

  private final MergeSql sql;
  private final MergeTally tally;

  /** Statements to renumber, with the number each parked version had in its own copy. */
  private final Map<Long, Map<Long, Integer>> parked = new HashMap<>();

  private int nextParking = -1;

  VersionNumbers(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
  }

  void version(long statementId, Map<String, Object> row) throws SQLException {
    Map<String, Object> r = SessionMerge.with(row, "statement_id", statementId);
    if (sql.find(
            "statement_versions",
            SessionMerge.keys(r, "statement_id", "author", "created_at"),
            SessionMerge.keys(r, "text"))
        != null) {
      return;
    }
    int wanted = ((Number) row.get("version")).intValue();
    boolean taken =
        sql.id(
                "SELECT id FROM statement_versions WHERE statement_id = ? AND version = ?",
                statementId,
                wanted)
            != null;
    if (taken) {
      r.put("version", nextParking--);
      Map<String, Object> ours =
          sql.row(
              "SELECT text, author, created_at FROM statement_versions WHERE statement_id = ? AND"
                  + " version = ?",
              statementId,
              wanted);
      reportEdit(statementId, wanted, ours, row);
    }
    long id = sql.insert("statement_versions", r);
    if (taken) {
      parked.computeIfAbsent(statementId, k -> new HashMap<>()).put(id, wanted);
    }
    tally.added("statement_versions");
  }

  /**
   * Two people saved different text under the same version number: both versions are kept, and the
   * later one (then the greater text) is reported as kept, the other beside it.
   */
  private void reportEdit(
      long statementId, int version, Map<String, Object> ours, Map<String, Object> theirs)
      throws SQLException {
    Map<String, Object> s =
        sql.row("SELECT kind, title, created_at FROM statements WHERE id = ?", statementId);
    String ourAt = (String) ours.get("created_at");
    String theirAt = (String) theirs.get("created_at");
    boolean theirsLater =
        ourAt.equals(theirAt)
            ? String.valueOf(theirs.get("text")).compareTo(String.valueOf(ours.get("text"))) > 0
            : MergeDecisions.later(theirAt, ourAt);
    Map<String, Object> kept = theirsLater ? theirs : ours;
    Map<String, Object> other = theirsLater ? ours : theirs;
    tally.conflict(
        new MergeConflict(
            "statement",
            s.get("kind") + " \"" + s.get("title") + "\" " + s.get("created_at"),
            "text of version " + version,
            kept.get("text") + " (" + kept.get("author") + ")",
            other.get("text") + " (" + other.get("author") + ")",
            (String) kept.get("created_at"),
            (String) other.get("created_at")));
  }

  void renumber() throws SQLException {
    for (Map.Entry<Long, Map<Long, Integer>> s : parked.entrySet()) {
      List<Row> rows = new ArrayList<>();
      PreparedStatement ps =
          sql.prepare(
              "SELECT id, version, created_at, author, text FROM statement_versions WHERE statement_id = ?");
      ps.setLong(1, s.getKey());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          int version = s.getValue().getOrDefault(id, rs.getInt(2));
          String at = MergeSql.instantText(rs.getObject(3, java.time.OffsetDateTime.class));
          rows.add(new Row(id, version, at, rs.getString(4), rs.getString(5)));
        }
      }
      rows.sort(
          Comparator.comparing(Row::createdAt)
              .thenComparingInt(Row::version)
              .thenComparing(Row::author)
              .thenComparing(Row::text));
      PreparedStatement move =
          sql.prepare("UPDATE statement_versions SET version = ? WHERE id = ?");
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < rows.size(); i++) {
          move.setInt(1, pass == 0 ? -1_000_000 - i : i + 1);
          move.setLong(2, rows.get(i).id());
          move.executeUpdate();
        }
      }
      tally.updated("statement_versions");
    }
  }
}
