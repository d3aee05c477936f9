package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firebreak.incident.Platform;
import org.firebreak.statements.PlatformVariant;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementRuleException;
import org.firebreak.statements.StatementState;
import org.firebreak.statements.StatementTransaction;
import org.firebreak.statements.StatementVersion;
import org.firebreak.triage.AuditEntry;

/** {@link StatementTransaction} on one JDBC connection inside {@link Database#write}. */
final class H2StatementTransaction implements StatementTransaction {

  private final Connection c;

  H2StatementTransaction(Connection c) {
    this.c = c;
  }

  /** Carries a checked SQL failure out of the domain callback; unwrapped by the store. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  @FunctionalInterface
  private interface Jdbc<T> {
    T run() throws SQLException;
  }

  private static <T> T jdbc(Jdbc<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw new Failure(e);
    }
  }

  @Override
  public Statement lock(long statementId) {
    return jdbc(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT id FROM statements WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, statementId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new StatementRuleException("statement.error.notFound", "statementId");
              }
            }
          }
          return StatementRows.byId(c, statementId).orElseThrow();
        });
  }

  @Override
  public List<Statement> lockGroupOf(long statementId) {
    return jdbc(
        () -> {
          long groupId;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COALESCE(group_id, id) FROM statements WHERE id = ?")) {
            ps.setLong(1, statementId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new StatementRuleException("statement.error.notFound", "statementId");
              }
              groupId = rs.getLong(1);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM statements WHERE group_id = ? ORDER BY id FOR UPDATE")) {
            ps.setLong(1, groupId);
            ps.executeQuery().close();
          }
          return StatementRows.byGroup(c, groupId);
        });
  }

  @Override
  public long insertDraft(NewDraft d, Long groupId, Instant at) {
    return jdbc(
        () -> {
          long id =
              StatementStore.insertDraft(
                  c,
                  d.incidentId(),
                  d.kind(),
                  d.title(),
                  d.spokesperson(),
                  d.text(),
                  d.author(),
                  at);
          if (groupId != null) {
            update("UPDATE statements SET group_id = ? WHERE id = ?", groupId, id);
          }
          return id;
        });
  }

  @Override
  public int addVersion(
      long statementId, String text, String author, Instant at, Integer conflictBase) {
    return jdbc(
        () -> {
          int next;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COALESCE(MAX(version), 0) + 1 FROM statement_versions"
                      + " WHERE statement_id = ?")) {
            ps.setLong(1, statementId);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              next = rs.getInt(1);
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO statement_versions"
                      + " (statement_id, version, text, author, created_at, conflict_base)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, statementId);
            ps.setInt(2, next);
            ps.setString(3, text);
            ps.setString(4, author);
            Sql.setInstant(ps, 5, at);
            ps.setObject(6, conflictBase);
            ps.executeUpdate();
          }
          return next;
        });
  }

  @Override
  public Optional<StatementVersion> currentVersion(long statementId) {
    return jdbc(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM statement_versions WHERE statement_id = ?"
                      + " AND conflict_base IS NULL ORDER BY version DESC LIMIT 1")) {
            ps.setLong(1, statementId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(StatementRows.version(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void updateState(
      long statementId,
      StatementState state,
      String approver,
      String rejectReason,
      Instant publishedAt) {
    jdbc(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE statements SET state = ?, approver = ?, reject_reason = ?,"
                      + " published_at = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, approver);
            ps.setString(3, rejectReason);
            Sql.setInstant(ps, 4, publishedAt);
            ps.setLong(5, statementId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void updateSpokesperson(long statementId, String spokesperson) {
    jdbc(
        () ->
            update(
                "UPDATE statements SET spokesperson = ? WHERE id = ?", spokesperson, statementId));
  }

  @Override
  public Optional<PlatformVariant> variant(long statementId, Platform platform) {
    return jdbc(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM statement_variants WHERE statement_id = ? AND platform = ?")) {
            ps.setLong(1, statementId);
            ps.setString(2, platform.name());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(StatementRows.variant(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void saveVariantText(long statementId, Platform platform, String text) {
    jdbc(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO statement_variants (statement_id, platform, text)"
                      + " KEY (statement_id, platform) VALUES (?, ?, ?)")) {
            ps.setLong(1, statementId);
            ps.setString(2, platform.name());
            ps.setString(3, text);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void markPublished(
      long statementId,
      Platform platform,
      Instant at,
      String actor,
      String postUrl,
      String overrideReason) {
    jdbc(
        () -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE statement_variants SET published_at = ?, published_by = ?,"
                      + " post_url = ?, override_reason = ?"
                      + " WHERE statement_id = ? AND platform = ? AND published_at IS NULL")) {
            Sql.setInstant(ps, 1, at);
            ps.setString(2, actor);
            ps.setString(3, postUrl);
            ps.setString(4, overrideReason);
            ps.setLong(5, statementId);
            ps.setString(6, platform.name());
            if (ps.executeUpdate() != 1) {
              throw new StatementRuleException("statement.error.alreadyPublished", "platform");
            }
            return null;
          }
        });
  }

  @Override
  public void audit(AuditEntry entry) {
    jdbc(
        () -> {
          AuditLog.append(c, entry);
          return null;
        });
  }

  private int update(String sql, Object first, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, first);
      ps.setLong(2, id);
      return ps.executeUpdate();
    }
  }
}
