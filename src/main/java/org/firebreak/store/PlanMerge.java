package org.firebreak.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merges the plan binder's rows of a session file: playbooks by name (the later edit wins),
 * committee members by name, the committee's settings (the later meeting, the union of the
 * publishing tools), and the checklist by its text (a tick on either side is kept).
 */
final class PlanMerge {

  private final MergeSql sql;
  private final MergeTally tally;

  PlanMerge(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
  }

  void playbook(Map<String, Object> row) throws SQLException {
    Map<String, Object> here =
        sql.row("SELECT id, updated_at FROM playbooks WHERE name_key = ?", row.get("name_key"));
    if (here == null) {
      sql.insert("playbooks", row);
      tally.added("playbooks");
    } else if (later(row.get("updated_at"), here.get("updated_at"))) {
      sql.update(
          "playbooks",
          ((Number) here.get("id")).longValue(),
          SessionMerge.keys(row, "name", "language", "crisis_type", "body", "updated_at"));
      tally.updated("playbooks");
    }
  }

  void member(Map<String, Object> row) throws SQLException {
    if (sql.id("SELECT id FROM committee_members WHERE name_key = ?", row.get("name_key"))
        == null) {
      sql.insert("committee_members", row);
      tally.added("committee");
    }
  }

  void settings(Map<String, Object> row) throws SQLException {
    Map<String, Object> here =
        sql.row("SELECT last_met, publishing_tools FROM plan_settings WHERE id = 1");
    if (here == null) {
      return;
    }
    Set<String> tools =
        new LinkedHashSet<>(CommitteeStore.tools((String) here.get("publishing_tools")));
    tools.addAll(CommitteeStore.tools((String) row.get("publishing_tools")));
    Object met =
        later(row.get("last_met"), here.get("last_met"))
            ? row.get("last_met")
            : here.get("last_met");
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    values.put("last_met", met);
    values.put("publishing_tools", String.join("\n", tools));
    sql.update("plan_settings", 1, values);
  }

  void checklist(Map<String, Object> row, long incidentId) throws SQLException {
    if (incidentId == 0) {
      return;
    }
    Map<String, Object> here =
        sql.row(
            "SELECT id, done_at FROM incident_checklist WHERE incident_id = ? AND kind = ? AND text = ?",
            incidentId,
            row.get("kind"),
            row.get("text"));
    if (here == null) {
      sql.insert("incident_checklist", SessionMerge.with(row, "incident_id", incidentId));
      tally.added("checklist");
    } else if (here.get("done_at") == null && row.get("done_at") != null) {
      sql.update(
          "incident_checklist",
          ((Number) here.get("id")).longValue(),
          SessionMerge.keys(row, "done_at", "done_by"));
      tally.updated("checklist");
    }
  }

  /** True when {@code theirs} is a time after {@code ours} (or ours is none). */
  private static boolean later(Object theirs, Object ours) {
    if (theirs == null) {
      return false;
    }
    return ours == null || Instant.parse(theirs.toString()).isAfter(Instant.parse(ours.toString()));
  }
}
