package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentRepository;
import org.firebreak.incident.Platform;
import org.firebreak.triage.AuditEntry;

/** Incidents in H2; declarations and resolutions are forced to disk with their audit rows. */
public final class H2IncidentRepository implements IncidentRepository {

  private final Database db;

  public H2IncidentRepository(Database db) {
    this.db = db;
  }

  @Override
  public Optional<Incident> current() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT * FROM incidents ORDER BY declared_at DESC, id DESC LIMIT 1");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
          }
        });
  }

  @Override
  public Incident insert(Incident incident, AuditEntry audit) {
    return db.writeDurably(
        c -> {
          long id = insertRow(c, incident);
          AuditLog.append(c, audit.forEntity(id));
          return incident.withId(id);
        });
  }

  static long insertRow(java.sql.Connection c, Incident incident) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incidents (name, cause, origin_platform, window_seconds, declared_at,"
                + " first_response_at, resolved_at, watch_until) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setString(1, incident.name());
      ps.setString(2, incident.cause().name());
      ps.setString(3, incident.originPlatform().name());
      ps.setLong(4, incident.responseWindow().getSeconds());
      Sql.setInstant(ps, 5, incident.declaredAt());
      Sql.setInstant(ps, 6, incident.firstResponseAt());
      Sql.setInstant(ps, 7, incident.resolvedAt());
      Sql.setInstant(ps, 8, incident.watchUntil());
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  @Override
  public void markResolved(
      long incidentId, Instant resolvedAt, Instant watchUntil, AuditEntry audit) {
    db.writeDurably(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE incidents SET resolved_at = ?, watch_until = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, resolvedAt);
            Sql.setInstant(ps, 2, watchUntil);
            ps.setLong(3, incidentId);
            ps.executeUpdate();
          }
          AuditLog.append(c, audit);
          return null;
        });
  }

  @Override
  public void markFirstResponse(long incidentId, Instant at, AuditEntry audit) {
    db.writeDurably(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE incidents SET first_response_at = ? WHERE id = ? AND first_response_at IS NULL")) {
            Sql.setInstant(ps, 1, at);
            ps.setLong(2, incidentId);
            ps.executeUpdate();
          }
          AuditLog.append(c, audit);
          return null;
        });
  }

  private static Incident map(ResultSet rs) throws SQLException {
    return new Incident(
        rs.getLong("id"),
        rs.getString("name"),
        Cause.valueOf(rs.getString("cause")),
        Platform.valueOf(rs.getString("origin_platform")),
        Duration.ofSeconds(rs.getLong("window_seconds")),
        Sql.instant(rs, "declared_at"),
        Sql.instant(rs, "first_response_at"),
        Sql.instant(rs, "resolved_at"),
        Sql.instant(rs, "watch_until"));
  }
}
