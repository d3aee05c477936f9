package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.firebreak.incident.Platform;
import org.firebreak.statements.PlatformVariant;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementKind;
import org.firebreak.statements.StatementState;
import org.firebreak.statements.StatementSummary;
import org.firebreak.statements.StatementTransaction;
import org.firebreak.statements.StatementVersion;

/** Statements, their versions and their per-platform variants. */
public final class StatementStore {

  private final Database db;

  public StatementStore(Database db) {
    this.db = db;
  }

  /**
   * Runs statement work in one transaction with its audit rows; {@code durable} also forces it to
   * the device before returning (approvals and publications).
   */
  public <T> T inTransaction(boolean durable, Function<StatementTransaction, T> work) {
    SqlWork<T> sql =
        c -> {
          try {
            return work.apply(new H2StatementTransaction(c));
          } catch (H2StatementTransaction.Failure f) {
            throw f.getCause();
          }
        };
    return durable ? db.writeDurably(sql) : db.write(sql);
  }

  public Optional<Statement> find(long statementId) {
    return db.read(c -> StatementRows.byId(c, statementId));
  }

  /** The statement and its alternatives, oldest first. */
  public List<Statement> group(long groupId) {
    return db.read(c -> StatementRows.byGroup(c, groupId));
  }

  /** Every saved version, conflicting saves included, oldest first. */
  public List<StatementVersion> versions(long statementId) {
    return db.read(
        c -> {
          List<StatementVersion> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM statement_versions WHERE statement_id = ? ORDER BY version")) {
            ps.setLong(1, statementId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(StatementRows.version(rs));
              }
            }
          }
          return out;
        });
  }

  /** The statement's platform variants in platform order. */
  public List<PlatformVariant> variants(long statementId) {
    return db.read(
        c -> {
          List<PlatformVariant> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT * FROM statement_variants WHERE statement_id = ?")) {
            ps.setLong(1, statementId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(StatementRows.variant(rs));
              }
            }
          }
          out.sort(Comparator.comparing(PlatformVariant::platform));
          return out;
        });
  }

  /** When any statement of the incident was first published on that platform. */
  public Optional<Instant> firstPublication(long incidentId, Platform platform) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT MIN(v.published_at) AS first_at FROM statement_variants v"
                      + " JOIN statements s ON s.id = v.statement_id"
                      + " WHERE s.incident_id = ? AND v.platform = ?")) {
            ps.setLong(1, incidentId);
            ps.setString(2, platform.name());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return Optional.ofNullable(Sql.instant(rs, "first_at"));
            }
          }
        });
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
                      + " (SELECT MAX(version) FROM statement_versions"
                      + " WHERE statement_id = s.id AND conflict_base IS NULL)"
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
        c.prepareStatement("UPDATE statements SET group_id = ? WHERE id = ?")) {
      ps.setLong(1, id);
      ps.setLong(2, id);
      ps.executeUpdate();
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
