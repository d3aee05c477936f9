package org.firebreak.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merge rules for rows one of which must stand: the crisis hub's site and summaries (the later
 * update wins) and the incident's clock (earliest declaration and first response, latest
 * resolution).
 */
final class MergeLatest {

  private final MergeSql sql;
  private final MergeTally tally;

  MergeLatest(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
  }

  void hubSite(Map<String, Object> row) throws SQLException {
    Map<String, Object> ours = sql.row("SELECT updated_at FROM hub_site WHERE id = 1");
    if (ours == null) {
      sql.insert("hub_site", SessionMerge.with(row, "id", 1));
    } else if (MergeDecisions.later(
        (String) row.get("updated_at"), (String) ours.get("updated_at"))) {
      sql.update(
          "hub_site", 1, SessionMerge.keys(row, "dark_site", "published", "hub_url", "updated_at"));
      tally.updated("hub_site");
    }
  }

  void hubSummary(Map<String, Object> row) throws SQLException {
    Map<String, Object> ours =
        sql.row(
            "SELECT updated_at, title, text FROM hub_summaries WHERE language = ?",
            row.get("language"));
    if (ours == null) {
      sql.insert("hub_summaries", row);
      tally.added("hub_summaries");
    } else if (MergeDecisions.later(
        (String) row.get("updated_at"), (String) ours.get("updated_at"))) {
      var ps =
          sql.prepare(
              "UPDATE hub_summaries SET title = ?, text = ?, updated_at = ? WHERE language = ?");
      ps.setObject(1, row.get("title"));
      ps.setObject(2, row.get("text"));
      ps.setObject(3, MergeSql.timestamp(row.get("updated_at")));
      ps.setObject(4, row.get("language"));
      ps.executeUpdate();
      tally.updated("hub_summaries");
    }
  }

  /** The incident's clock: the earliest declaration and first response, the latest resolution. */
  void incidentTimes(long id, Map<String, Object> row) throws SQLException {
    Map<String, Object> ours =
        sql.row(
            "SELECT declared_at, first_response_at, resolved_at, watch_until FROM incidents WHERE id = ?",
            id);
    Map<String, Object> merged = new LinkedHashMap<>();
    merged.put("declared_at", pick(ours.get("declared_at"), row.get("declared_at"), false));
    merged.put(
        "first_response_at",
        pick(ours.get("first_response_at"), row.get("first_response_at"), false));
    merged.put("resolved_at", pick(ours.get("resolved_at"), row.get("resolved_at"), true));
    merged.put("watch_until", pick(ours.get("watch_until"), row.get("watch_until"), true));
    if (!MergeDecisions.text(merged).equals(MergeDecisions.text(ours))) {
      sql.update("incidents", id, merged);
      tally.updated("incidents");
    }
  }

  private static Object pick(Object a, Object b, boolean latest) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    boolean bLater = MergeDecisions.later((String) b, (String) a);
    return bLater == latest ? b : a;
  }
}
