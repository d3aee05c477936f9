package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.incident.Platform;
import org.firebreak.statements.PlatformVariant;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementKind;
import org.firebreak.statements.StatementState;
import org.firebreak.statements.StatementVersion;

/** Reads statements, versions and variants from rows; shared by the store and its transactions. */
final class StatementRows {

  /** Statements joined with their current text: the highest version that is not a conflict. */
  static final String SELECT_CURRENT =
      "SELECT s.*, v.version, v.text FROM statements s"
          + " JOIN statement_versions v ON v.statement_id = s.id AND v.version ="
          + " (SELECT MAX(version) FROM statement_versions"
          + " WHERE statement_id = s.id AND conflict_base IS NULL)";

  private StatementRows() {}

  static Optional<Statement> byId(Connection c, long id) throws SQLException {
    List<Statement> out = query(c, SELECT_CURRENT + " WHERE s.id = ?", id);
    return out.isEmpty() ? Optional.empty() : Optional.of(out.get(0));
  }

  static List<Statement> byGroup(Connection c, long groupId) throws SQLException {
    return query(c, SELECT_CURRENT + " WHERE s.group_id = ? ORDER BY s.id", groupId);
  }

  static List<Statement> query(Connection c, String sql, long param) throws SQLException {
    List<Statement> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, param);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(statement(rs));
        }
      }
    }
    return out;
  }

  static Statement statement(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    long group = rs.getLong("group_id");
    if (rs.wasNull()) {
      group = id;
    }
    return new Statement(
        id,
        rs.getLong("incident_id"),
        group,
        StatementKind.valueOf(rs.getString("kind")),
        rs.getString("title"),
        StatementState.valueOf(rs.getString("state")),
        rs.getString("spokesperson"),
        rs.getString("approver"),
        rs.getString("reject_reason"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "published_at"),
        rs.getInt("version"),
        rs.getString("text"));
  }

  static StatementVersion version(ResultSet rs) throws SQLException {
    int base = rs.getInt("conflict_base");
    Integer conflictBase = rs.wasNull() ? null : base;
    return new StatementVersion(
        rs.getLong("statement_id"),
        rs.getInt("version"),
        rs.getString("text"),
        rs.getString("author"),
        Sql.instant(rs, "created_at"),
        conflictBase);
  }

  static PlatformVariant variant(ResultSet rs) throws SQLException {
    return new PlatformVariant(
        rs.getLong("statement_id"),
        Platform.valueOf(rs.getString("platform")),
        rs.getString("text"),
        Sql.instant(rs, "published_at"),
        rs.getString("published_by"),
        rs.getString("post_url"),
        rs.getString("override_reason"));
  }
}
