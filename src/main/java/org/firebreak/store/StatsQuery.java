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
import org.firebreak.stats.MessageCounts;
import org.firebreak.stats.ReplyDebt;

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

  /**
   * Only the live counters (total, needing a reply, replies) of the Monitor and the status bar,
   * without the group-bys of {@link #counts()}, so polling them stays cheap at a million messages.
   */
  public MessageCounts liveCounts() {
    return db.read(
        c ->
            new MessageCounts(
                single(c, "SELECT COUNT(*) FROM messages"),
                // the reply-debt counters' awaiting total (ADR 18): the same messages, without
                // walking them (counting them took 10 s and more at a million)
                single(
                    c,
                    "SELECT COALESCE(SUM(n), 0) FROM reply_debt_counts"
                        + " WHERE kind = 'W' AND label_id = 0"),
                single(c, "SELECT COUNT(*) FROM replies"),
                Map.of(),
                Map.of(),
                Map.of()));
  }

  /**
   * Every platform a message can be stored with. Naming them all lets H2 count the window from the
   * (platform, received_at) index alone: with the time range only, it read every message of the
   * window for its platform (an hour of 500,000 messages at a million: 0.66–0.77 s warm, 2.5–3.7 s
   * cold, against 0.22–0.36 s; {@code bench.TotalsProbe}).
   */
  private static final String PLATFORMS =
      java.util.Arrays.stream(org.firebreak.incident.Platform.values())
          .map(p -> "'" + p.name() + "'")
          .collect(java.util.stream.Collectors.joining(", "));

  /** Messages received per minute, by platform, from the first to the last arrival. */
  public Map<String, long[]> perMinute(Instant from, int minutes) {
    return db.read(
        c -> {
          Map<String, long[]> out = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT platform, DATEDIFF('MINUTE', ?, received_at) AS m, COUNT(*) FROM messages"
                      + " WHERE platform IN ("
                      + PLATFORMS
                      + ") AND received_at >= ? AND received_at < ? GROUP BY platform, m")) {
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

  /**
   * Reply debt at {@code now}: per label and overall, with a burn-down of the last two hours, read
   * from the counters the triggers keep (ADR 18), then folded if their deltas have piled up.
   */
  public ReplyDebt replyDebt(Instant now) {
    int[] keys = {0};
    ReplyDebt debt =
        db.read(
            c -> {
              ReplyDebtQuery q = ReplyDebtQuery.at(c);
              keys[0] = q.keys();
              return q.read(now);
            });
    ReplyDebtCounters.foldIfLong(db, keys[0]);
    return debt;
  }

  /** Texts of messages received in [from, to), at most {@code limit}, for the terms of a spike. */
  public List<String> textsBetween(Instant from, Instant to, int limit) {
    return db.read(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT preview FROM messages WHERE received_at >= ? AND received_at < ? ORDER BY received_at LIMIT ?")) {
            Sql.setInstant(ps, 1, from);
            Sql.setInstant(ps, 2, to);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
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
