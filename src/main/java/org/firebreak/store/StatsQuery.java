package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.stats.LabelDebt;
import org.firebreak.stats.MessageCounts;

/** Aggregate counts over the messages, computed by the database. */
public final class StatsQuery {

  private final Database db;

  public StatsQuery(Database db) {
    this.db = db;
  }

  public MessageCounts counts() {
    return db.read(
        c -> {
          Map<String, Long> byStatus =
              grouped(
                  c,
                  "SELECT status, COUNT(*) FROM messages WHERE direction = 'INBOUND' GROUP BY status ORDER BY 2 DESC, 1");
          Map<String, Long> byPlatform =
              grouped(
                  c,
                  "SELECT platform, COUNT(*) FROM messages GROUP BY platform ORDER BY 2 DESC, 1");
          Map<String, Long> byLabel =
              grouped(
                  c,
                  "SELECT l.name, COUNT(ml.message_id) FROM labels l LEFT JOIN message_labels ml"
                      + " ON ml.label_id = l.id GROUP BY l.name ORDER BY 2 DESC, 1");
          long total = single(c, "SELECT COUNT(*) FROM messages");
          long needsReply =
              single(
                  c,
                  "SELECT COUNT(*) FROM messages WHERE direction = 'INBOUND'"
                      + " AND status IN ('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')");
          long replies = single(c, "SELECT COUNT(*) FROM replies");
          return new MessageCounts(total, needsReply, replies, byStatus, byLabel, byPlatform);
        });
  }

  /** Messages received per minute, by platform, from the first to the last arrival. */
  public Map<String, long[]> perMinute(Instant from, int minutes) {
    return db.read(
        c -> {
          Map<String, long[]> out = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT platform, DATEDIFF('MINUTE', ?, received_at) AS m, COUNT(*) FROM messages"
                      + " WHERE received_at >= ? AND received_at < ? GROUP BY platform, m")) {
            Sql.setInstant(ps, 1, from);
            Sql.setInstant(ps, 2, from);
            Sql.setInstant(ps, 3, from.plusSeconds(60L * minutes));
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                int minute = rs.getInt(2);
                if (minute >= 0 && minute < minutes) {
                  out.computeIfAbsent(rs.getString(1), k -> new long[minutes])[minute] =
                      rs.getLong(3);
                }
              }
            }
          }
          return out;
        });
  }

  /** Per label: messages carrying it and those among them still awaiting a reply. */
  public List<LabelDebt> labelDebt() {
    return db.read(
        c -> {
          List<LabelDebt> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT l.name, l.colour, COUNT(m.id),"
                          + " COUNT(CASE WHEN m.status IN ('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED') THEN 1 END)"
                          + " FROM labels l LEFT JOIN message_labels ml ON ml.label_id = l.id"
                          + " LEFT JOIN messages m ON m.id = ml.message_id AND m.direction = 'INBOUND'"
                          + " GROUP BY l.id, l.name, l.colour, l.hotkey ORDER BY 4 DESC, COALESCE(l.hotkey, 99), l.name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new LabelDebt(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
          }
          return out;
        });
  }

  private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
