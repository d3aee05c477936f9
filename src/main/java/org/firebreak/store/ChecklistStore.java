package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.plan.ChecklistItem;
import org.firebreak.plan.PlanRuleException;
import org.firebreak.triage.AuditEntry;

/** The current incident's checklist (schema 9); every tick audited with who and when. */
public final class ChecklistStore {

  private final Database db;

  public ChecklistStore(Database db) {
    this.db = db;
  }

  /** The checklist of the latest incident, in order. */
  public List<ChecklistItem> current() {
    return db.read(
        c -> {
          List<ChecklistItem> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT * FROM incident_checklist WHERE incident_id ="
                          + " (SELECT id FROM incidents ORDER BY declared_at DESC, id DESC LIMIT 1)"
                          + " ORDER BY position, id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(map(rs));
            }
          }
          return out;
        });
  }

  static void insert(Connection c, long incidentId, List<ChecklistItem> items) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incident_checklist (incident_id, position, kind, text) VALUES (?, ?, ?, ?)")) {
      int position = 1;
      for (ChecklistItem item : items) {
        ps.setLong(1, incidentId);
        ps.setInt(2, position++);
        ps.setString(3, item.kind().name());
        ps.setString(4, item.text());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Ticks an item off (or back on, with {@code done} false), audited in the same transaction.
   * Ticking a ticked item keeps its first time.
   */
  public ChecklistItem tick(long itemId, boolean done, String actor, Instant at) {
    return db.write(
        c -> {
          ChecklistItem before = find(c, itemId);
          if (before.done() == done) {
            return before;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE incident_checklist SET done_at = ?, done_by = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, done ? at : null);
            ps.setString(2, done ? actor : null);
            ps.setLong(3, itemId);
            ps.executeUpdate();
          }
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  done ? "checklist.tick" : "checklist.untick",
                  "checklist",
                  itemId,
                  before.kind() + " " + before.text(),
                  done ? "done" : "open"));
          return find(c, itemId);
        });
  }

  private static ChecklistItem find(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT * FROM incident_checklist WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new PlanRuleException("checklist", "The checklist item no longer exists.");
        }
        return map(rs);
      }
    }
  }

  private static ChecklistItem map(ResultSet rs) throws SQLException {
    return new ChecklistItem(
        rs.getLong("id"),
        rs.getInt("position"),
        ChecklistItem.Kind.valueOf(rs.getString("kind")),
        rs.getString("text"),
        Sql.instant(rs, "done_at"),
        rs.getString("done_by"));
  }
}
