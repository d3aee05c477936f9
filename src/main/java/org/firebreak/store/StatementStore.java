package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.statements.StatementKind;
import org.firebreak.statements.StatementState;
import org.firebreak.statements.StatementSummary;

/** Statements and their versions. */
public final class StatementStore {

  private final Database db;

  public StatementStore(Database db) {
    this.db = db;
  }

  /** Every statement of the incident with its latest version, newest first. */
  public List<StatementSummary> list(long incidentId) {
    return db.read(
        c -> {
          List<StatementSummary> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT s.*, v.version, v.text, v.created_at AS updated_at FROM statements s"
                      + " JOIN statement_versions v ON v.statement_id = s.id AND v.version ="
                      + " (SELECT MAX(version) FROM statement_versions WHERE statement_id = s.id)"
                      + " WHERE s.incident_id = ? ORDER BY s.created_at DESC, s.id DESC")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new StatementSummary(
                        rs.getLong("id"),
                        StatementKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        StatementState.valueOf(rs.getString("state")),
                        rs.getString("spokesperson"),
                        rs.getString("approver"),
                        rs.getInt("version"),
                        rs.getString("text"),
                        Sql.instant(rs, "updated_at"),
                        Sql.instant(rs, "published_at")));
              }
            }
          }
          return out;
        });
  }

  static long insertDraft(
      Connection c,
      long incidentId,
      StatementKind kind,
      String title,
      String spokesperson,
      String text,
      String author,
      Instant at)
      throws SQLException {
    long id;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO statements (incident_id, kind, title, state, spokesperson, created_at)"
                + " VALUES (?, ?, ?, 'DRAFT', ?, ?)",
            new String[] {"id"})) {
      ps.setLong(1, incidentId);
      ps.setString(2, kind.name());
      ps.setString(3, title);
      ps.setString(4, spokesperson);
      Sql.setInstant(ps, 5, at);
      ps.executeUpdate();
      id = Sql.generatedId(ps);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO statement_versions (statement_id, version, text, author, created_at)"
                + " VALUES (?, 1, ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setString(2, text);
      ps.setString(3, author);
      Sql.setInstant(ps, 4, at);
      ps.executeUpdate();
    }
    return id;
  }
}
