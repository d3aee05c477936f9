package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.triage.AuditEntry;

/** The append-only audit log; entries are written inside the caller's transaction. */
public final class AuditLog {

  private final Database db;

  public AuditLog(Database db) {
    this.db = db;
  }

  static void append(Connection c, AuditEntry e) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_value, after_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      Sql.setInstant(ps, 1, e.at());
      ps.setString(2, e.actor());
      ps.setString(3, e.action());
      ps.setString(4, e.entity());
      ps.setLong(5, e.entityId());
      ps.setString(6, e.before());
      ps.setString(7, e.after());
      ps.executeUpdate();
    }
  }

  /** Appends the entries of one change set in a batch, in the caller's transaction. */
  static void appendChange(Connection c, long change, List<AuditEntry> entries)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_value, after_value, change_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEntry e : entries) {
        Sql.setInstant(ps, 1, e.at());
        ps.setString(2, e.actor());
        ps.setString(3, e.action());
        ps.setString(4, e.entity());
        ps.setLong(5, e.entityId());
        ps.setString(6, e.before());
        ps.setString(7, e.after());
        ps.setLong(8, change);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Entries about one entity, oldest first. */
  public List<AuditEntry> history(String entity, long entityId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id")) {
            ps.setString(1, entity);
            ps.setLong(2, entityId);
            return readAll(ps);
          }
        });
  }

  public List<AuditEntry> latest(int limit) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            return readAll(ps);
          }
        });
  }

  static List<AuditEntry> readAll(PreparedStatement ps) throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new AuditEntry(
                rs.getLong("id"),
                Sql.instant(rs, "at"),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("entity"),
                rs.getLong("entity_id"),
                rs.getString("before_value"),
                rs.getString("after_value")));
      }
    }
    return out;
  }
}
