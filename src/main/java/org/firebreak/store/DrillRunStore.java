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
import java.util.Optional;

/**
 * What a drill keeps for its debrief and for comparing runs: the scenario as played, the latest
 * score with its parts, the injects that fired and the team's actions from the audit log.
 */
public final class DrillRunStore {

  /** A drill run as stored (V8 and V14 columns). */
  public record Run(
      long id,
      String title,
      long seed,
      Instant startedAt,
      Instant finishedAt,
      int speed,
      String scenarioJson,
      String team,
      Instant scoredAt,
      Integer scoreTotal) {}

  /** One stored part of a score. */
  public record ScorePart(String id, int weight, double points, String detail) {}

  /** An inject as it fired in a run. */
  public record FiredInject(int index, Instant firedAt, int messages) {}

  /**
   * One thing the team did, from the audit log: a change set of one action folded into one line
   * ({@code count} messages), with a readable detail (label name, status, statement title).
   */
  public record TeamAction(Instant at, String actor, String action, int count, String detail) {}

  private static final int DETAIL_MAX = 160;

  private final Database db;

  public DrillRunStore(Database db) {
    this.db = db;
  }

  /** The most recent run in this training database, if any. */
  public Optional<Run> latest() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT * FROM drill_runs ORDER BY id DESC LIMIT 1");
              ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              return Optional.empty();
            }
            int total = rs.getInt("score_total");
            Integer scoreTotal = rs.wasNull() ? null : total;
            return Optional.of(
                new Run(
                    rs.getLong("id"),
                    rs.getString("scenario_title"),
                    rs.getLong("seed"),
                    Sql.instant(rs, "started_at"),
                    Sql.instant(rs, "finished_at"),
                    rs.getInt("speed"),
                    rs.getString("scenario_json"),
                    rs.getString("team"),
                    Sql.instant(rs, "scored_at"),
                    scoreTotal));
          }
        });
  }

  /** Keeps the scenario as played and the team's name with the run. */
  public void describe(long runId, String scenarioJson, String team) {
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE drill_runs SET scenario_json = ?, team = ? WHERE id = ?")) {
            ps.setString(1, scenarioJson);
            ps.setString(2, team == null ? null : cut(team.strip(), 200));
            ps.setLong(3, runId);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Replaces the run's stored score with this one, in one transaction. */
  public void saveScore(long runId, Instant at, int total, List<ScorePart> parts) {
    db.write(
        c -> {
          try (PreparedStatement del =
              c.prepareStatement("DELETE FROM drill_score_parts WHERE run_id = ?")) {
            del.setLong(1, runId);
            del.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO drill_score_parts (run_id, part_id, position, weight, points,"
                      + " detail) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < parts.size(); i++) {
              ScorePart p = parts.get(i);
              ps.setLong(1, runId);
              ps.setString(2, p.id());
              ps.setInt(3, i);
              ps.setInt(4, p.weight());
              ps.setDouble(5, p.points());
              ps.setString(6, cut(p.detail(), 1000));
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE drill_runs SET scored_at = ?, score_total = ? WHERE id = ?")) {
            Sql.setInstant(ps, 1, at);
            ps.setInt(2, total);
            ps.setLong(3, runId);
            ps.executeUpdate();
          }
          return null;
        });
  }

  public List<ScorePart> scoreParts(long runId) {
    return db.read(
        c -> {
          List<ScorePart> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT part_id, weight, points, detail FROM drill_score_parts"
                      + " WHERE run_id = ? ORDER BY position")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new ScorePart(rs.getString(1), rs.getInt(2), rs.getDouble(3), rs.getString(4)));
              }
            }
          }
          return out;
        });
  }

  public List<FiredInject> firedInjects(long runId) {
    return db.read(
        c -> {
          List<FiredInject> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT inject_index, fired_at, messages FROM drill_injects WHERE run_id = ?"
                      + " ORDER BY fired_at, inject_index")) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(new FiredInject(rs.getInt(1), Sql.instant(rs, "fired_at"), rs.getInt(3)));
              }
            }
          }
          return out;
        });
  }

  /**
   * What people did, oldest first: audit rows written by anyone but the simulator, the application
   * and label rules, one line per change set and action.
   */
  public List<TeamAction> teamActions() {
    return db.read(
        c -> {
          Map<Long, String> labels = names(c, "SELECT id, name FROM labels");
          Map<Long, String> statements = names(c, "SELECT id, title FROM statements");
          List<TeamAction> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT at, actor, action, entity, entity_id, before_value, after_value,"
                          + " change_id FROM audit_log WHERE actor NOT IN ('simulation',"
                          + " 'firebreak') AND actor NOT LIKE 'rule %' ORDER BY id");
              ResultSet rs = ps.executeQuery()) {
            long lastChange = -1;
            String lastAction = null;
            while (rs.next()) {
              long change = rs.getLong("change_id");
              boolean inChange = !rs.wasNull();
              String action = rs.getString("action");
              if (inChange && change == lastChange && action.equals(lastAction)) {
                TeamAction prev = out.remove(out.size() - 1);
                out.add(
                    new TeamAction(
                        prev.at(), prev.actor(), prev.action(), prev.count() + 1, prev.detail()));
                continue;
              }
              lastChange = inChange ? change : -1;
              lastAction = action;
              out.add(
                  new TeamAction(
                      Sql.instant(rs, "at"),
                      rs.getString("actor"),
                      action,
                      1,
                      cut(detail(c, rs, labels, statements), DETAIL_MAX)));
            }
          }
          return out;
        });
  }

  private static String detail(
      Connection c, ResultSet rs, Map<Long, String> labels, Map<Long, String> statements)
      throws SQLException {
    String action = rs.getString("action");
    String before = rs.getString("before_value");
    String after = rs.getString("after_value");
    if (action.equals("label.add") || action.equals("label.remove")) {
      String id = action.equals("label.add") ? after : before;
      return labels.getOrDefault(parse(id), nz(id));
    }
    if (action.equals("reply.record")) {
      try (PreparedStatement ps = c.prepareStatement("SELECT text FROM replies WHERE id = ?")) {
        ps.setLong(1, parse(after));
        try (ResultSet r = ps.executeQuery()) {
          return r.next() ? r.getString(1) : "";
        }
      }
    }
    if ("statement".equals(rs.getString("entity"))) {
      String title = statements.getOrDefault(rs.getLong("entity_id"), "");
      if (action.equals("statement.publish") && after != null) {
        String[] words = after.split(" ");
        return words.length > 1 ? title + " (" + words[1] + ")" : title;
      }
      return title;
    }
    return nz(after);
  }

  private static Map<Long, String> names(Connection c, String sql) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getLong(1), rs.getString(2));
      }
    }
    return out;
  }

  private static long parse(String id) {
    try {
      return id == null ? -1 : Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String cut(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
