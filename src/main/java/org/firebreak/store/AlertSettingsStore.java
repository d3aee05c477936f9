package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import org.firebreak.incident.AlertSettings;
import org.firebreak.triage.AuditEntry;

/** Each incident's mute switch and update cadence (schema 9), changes audited. */
public final class AlertSettingsStore {

  private final Database db;

  public AlertSettingsStore(Database db) {
    this.db = db;
  }

  public AlertSettings load(long incidentId) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT muted, cadence_minutes FROM incidents WHERE id = ?")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? new AlertSettings(rs.getBoolean(1), rs.getInt(2))
                  : AlertSettings.DEFAULT;
            }
          }
        });
  }

  public void save(long incidentId, AlertSettings s, String actor, Instant at) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE incidents SET muted = ?, cadence_minutes = ? WHERE id = ?")) {
            ps.setBoolean(1, s.muted());
            ps.setInt(2, s.cadenceMinutes());
            ps.setLong(3, incidentId);
            ps.executeUpdate();
          }
          AuditLog.append(
              c,
              AuditEntry.of(
                  at,
                  actor,
                  "incident.alerts",
                  "incident",
                  incidentId,
                  null,
                  (s.muted() ? "muted" : "sound on") + " | update every " + s.cadenceMinutes()));
          return null;
        });
  }
}
