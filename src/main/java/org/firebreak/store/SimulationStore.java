package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.incident.Platform;
import org.firebreak.queue.MessageStatus;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;

/** Drill runs, the trainer's notes, fired injects, and what scoring reads of the team's work. */
public final class SimulationStore {

  /** A statement as it went out on one platform. */
  public record Publication(long statementId, Platform platform, String text, Instant at) {}

  /** An inbound message with what the team did about it. */
  public record InboundWork(
      String externalId,
      Instant receivedAt,
      MessageStatus status,
      List<String> labels,
      Instant firstReplyAt) {}

  /** A trainer's note. */
  public record Note(Instant at, String text) {}

  /** Name, colour, description and key (the same keys as the starter labels, so 1-9 work). */
  private static final String[][] DRILL_LABELS = {
    {"needs reply", "#d93025", "A customer is waiting for an answer", "1"},
    {"complaint", "#e37400", "Unhappy customer", "2"},
    {"press", "#9334e6", "Journalist or media", "4"},
    {"safety", "#b31412", "Someone may be hurt or at risk", "5"},
    {"legal", "#5f6368", "Legal threat or claim", "6"},
    {"question", "#1a73e8", "Asks something we can answer", "3"}
  };

  private final Database db;

  public SimulationStore(Database db) {
    this.db = db;
  }

  public long startRun(String title, long seed, Instant startedAt, int speed) {
    return db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO drill_runs (scenario_title, seed, started_at, speed)"
                      + " VALUES (?, ?, ?, ?)",
                  new String[] {"ID"})) {
            ps.setString(1, title.length() > 200 ? title.substring(0, 200) : title);
            ps.setLong(2, seed);
            Sql.setInstant(ps, 3, startedAt);
            ps.setInt(4, speed);
            ps.executeUpdate();
            return Sql.generatedId(ps);
          }
        });
  }

  /** True once a drill has run here: this is a training database. */
  public boolean isTrainingDatabase() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM drill_runs");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
          }
        });
  }

  public void finishRun(long runId, Instant at) {
    update("UPDATE drill_runs SET finished_at = ? WHERE id = ?", at, runId);
  }

  public void note(long runId, Instant at, String text) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO drill_notes (run_id, at, text) VALUES (?, ?, ?)")) {
            ps.setLong(1, runId);
            Sql.setInstant(ps, 2, at);
            ps.setString(3, text);
            ps.executeUpdate();
          }
          return null;
        });
  }

  public List<Note> notes(long runId) {
    return db.read(
        c -> {
          List<Note> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement("SELECT at, text FROM drill_notes WHERE run_id = ? ORDER BY id")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new Note(Sql.instant(rs, "at"), rs.getString("text")));
              }
            }
          }
          return out;
        });
  }

  /** Records an inject as fired; a second record of the same inject in the run is ignored. */
  public void recordInject(long runId, int index, Instant firedAt, int messages) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO drill_injects (run_id, inject_index, fired_at, messages)"
                      + " SELECT ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS (SELECT 1 FROM drill_injects"
                      + " WHERE run_id = ? AND inject_index = ?)")) {
            ps.setLong(1, runId);
            ps.setInt(2, index);
            Sql.setInstant(ps, 3, firedAt);
            ps.setInt(4, messages);
            ps.setLong(5, runId);
            ps.setInt(6, index);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** A team to drill with (trainer approves, a spokesperson signs) and the usual labels. */
  public void seedDrillTeamAndLabels() {
    db.write(
        c -> {
          if (count(c, "team_members") == 0) {
            TeamStore.insert(c, new TeamMember(0, "Trainer", TeamRole.APPROVER, null));
            TeamStore.insert(c, new TeamMember(0, "Spokesperson", TeamRole.SPOKESPERSON, null));
            TeamStore.insert(c, new TeamMember(0, "Trainee", TeamRole.RESPONDER, null));
          }
          if (count(c, "labels") == 0) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO labels (name, name_key, colour, description, hotkey)"
                        + " VALUES (?, ?, ?, ?, ?)")) {
              for (String[] l : DRILL_LABELS) {
                ps.setString(1, l[0]);
                ps.setString(2, l[0]);
                ps.setString(3, l[1]);
                ps.setString(4, l[2]);
                ps.setInt(5, Integer.parseInt(l[3]));
                ps.addBatch();
              }
              ps.executeBatch();
            }
          }
          return null;
        });
  }

  public List<Publication> publications(long incidentId) {
    return db.read(
        c -> {
          List<Publication> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT v.statement_id, v.platform, v.text, v.published_at"
                      + " FROM statement_variants v JOIN statements s ON s.id = v.statement_id"
                      + " WHERE s.incident_id = ? AND v.published_at IS NOT NULL"
                      + " ORDER BY v.published_at, v.id")) {
            ps.setLong(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Publication(
                        rs.getLong(1),
                        Platform.valueOf(rs.getString(2)),
                        rs.getString(3),
                        Sql.instant(rs, "published_at")));
              }
            }
          }
          return out;
        });
  }

  /** Every inbound message with its labels and first reply, oldest first. */
  public List<InboundWork> inboundWork() {
    return db.read(
        c -> {
          Map<Long, List<String>> labels = new HashMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT ml.message_id, l.name FROM message_labels ml"
                          + " JOIN labels l ON l.id = ml.label_id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              labels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
          }
          List<InboundWork> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT m.id, m.external_id, m.received_at, m.status,"
                          + " (SELECT MIN(r.sent_at) FROM replies r WHERE r.message_id = m.id)"
                          + " AS first_reply FROM messages m WHERE m.direction = 'INBOUND'"
                          + " ORDER BY m.received_at, m.id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new InboundWork(
                      rs.getString("external_id"),
                      Sql.instant(rs, "received_at"),
                      MessageStatus.valueOf(rs.getString("status")),
                      labels.getOrDefault(rs.getLong("id"), List.of()),
                      Sql.instant(rs, "first_reply")));
            }
          }
          return out;
        });
  }

  private void update(String sql, Instant at, long id) {
    db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.setInstant(ps, 1, at);
            ps.setLong(2, id);
            ps.executeUpdate();
          }
          return null;
        });
  }

  private static long count(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
