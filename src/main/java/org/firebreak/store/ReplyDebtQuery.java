package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.firebreak.stats.LabelDebt;
import org.firebreak.stats.ReplyDebt;

/**
 * Reply debt read from the counters of ADR 18: sums per label and minute, plus exact reads of the
 * one partial minute at each edge (15 and 60 minutes ago, each burn-down point, the oldest
 * unanswered). The work grows with labels × minutes, not with messages.
 */
final class ReplyDebtQuery {

  private static final long MINUTE = 60_000L;
  private static final String AWAITING = "('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')";

  /** kind → label → minute → n. */
  private final Map<Character, Map<Long, TreeMap<Integer, Long>>> sums = new HashMap<>();

  private final Connection c;
  private int keys;

  private ReplyDebtQuery(Connection c) {
    this.c = c;
  }

  /** Reply debt at {@code now}; {@code keys} afterwards says how many counter keys there are. */
  static ReplyDebtQuery at(Connection c) throws SQLException {
    ReplyDebtQuery q = new ReplyDebtQuery(c);
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT kind, label_id, at_minute, SUM(n) FROM reply_debt_counts"
                    + " GROUP BY kind, label_id, at_minute HAVING SUM(n) <> 0");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        q.sums
            .computeIfAbsent(rs.getString(1).charAt(0), k -> new HashMap<>())
            .computeIfAbsent(rs.getLong(2), k -> new TreeMap<>())
            .put(rs.getInt(3), rs.getLong(4));
        q.keys++;
      }
    }
    return q;
  }

  int keys() {
    return keys;
  }

  ReplyDebt read(Instant now) throws SQLException {
    Instant since15 = now.minusSeconds(15 * 60);
    Instant since60 = now.minusSeconds(60 * 60);
    Map<Long, Long> partial15 = repliesInPartialMinute(since15);
    Map<Long, Long> partial60 = repliesInPartialMinute(since60);
    List<LabelDebt> labels = new ArrayList<>();
    List<Long> awaitingOf = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, name, colour FROM labels ORDER BY COALESCE(hotkey, 99), name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        long awaiting = total('W', id);
        labels.add(
            new LabelDebt(
                rs.getString(2),
                rs.getString(3),
                total('T', id),
                awaiting,
                repliedSince('R', id, since15) + partial15.getOrDefault(id, 0L),
                repliedSince('R', id, since60) + partial60.getOrDefault(id, 0L),
                oldest(id)));
        awaitingOf.add(awaiting);
      }
    }
    // ORDER BY awaiting DESC, then hotkey and name as read (a stable sort keeps that order)
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> -awaitingOf.get(i)));
    List<LabelDebt> sorted = new ArrayList<>();
    order.forEach(i -> sorted.add(labels.get(i)));
    return new ReplyDebt(
        now,
        total('W', 0),
        repliedSince('R', 0, since15) + partial15.getOrDefault(0L, 0L),
        repliedSince('R', 0, since60) + partial60.getOrDefault(0L, 0L),
        oldest(0),
        sorted,
        burnDown(now));
  }

  private TreeMap<Integer, Long> of(char kind, long label) {
    return sums.getOrDefault(kind, Map.of()).getOrDefault(label, new TreeMap<>());
  }

  private long total(char kind, long label) {
    return of(kind, label).values().stream().mapToLong(Long::longValue).sum();
  }

  private static int minute(Instant t) {
    return (int) Math.floorDiv(t.toEpochMilli(), MINUTE);
  }

  private static Instant start(int minute) {
    return Instant.ofEpochMilli(minute * MINUTE);
  }

  /** Counted in the minutes after the one {@code since} falls in. */
  private long repliedSince(char kind, long label, Instant since) {
    return of(kind, label).tailMap(minute(since), false).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /** Counted in the minutes before the one {@code t} falls in. */
  private long before(char kind, Instant t) {
    return of(kind, 0).headMap(minute(t), false).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Replies sent from {@code since} to the end of its minute: overall (key 0) and per label. */
  private Map<Long, Long> repliesInPartialMinute(Instant since) throws SQLException {
    Instant end = start(minute(since) + 1);
    Map<Long, Long> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 0, COUNT(*) FROM replies WHERE sent_at >= ? AND sent_at < ?"
                + " UNION ALL SELECT x.label_id, COUNT(*) FROM replies r JOIN message_labels x"
                + " ON x.message_id = r.message_id WHERE r.sent_at >= ? AND r.sent_at < ?"
                + " GROUP BY x.label_id")) {
      Sql.setInstant(ps, 1, since);
      Sql.setInstant(ps, 2, end);
      Sql.setInstant(ps, 3, since);
      Sql.setInstant(ps, 4, end);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.merge(rs.getLong(1), rs.getLong(2), Long::sum);
        }
      }
    }
    return out;
  }

  /** The oldest message still awaiting a reply: the first minute counting one, then that minute. */
  private Instant oldest(long label) throws SQLException {
    Integer first =
        of('W', label).entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse(null);
    if (first == null) {
      return null;
    }
    String sql =
        label == 0
            ? "SELECT MIN(received_at) AS oldest FROM messages WHERE received_at >= ?"
                + " AND received_at < ? AND direction = 'INBOUND' AND status IN "
                + AWAITING
            : "SELECT MIN(m.received_at) AS oldest FROM messages m JOIN message_labels x"
                + " ON x.message_id = m.id AND x.label_id = ? WHERE m.received_at >= ?"
                + " AND m.received_at < ? AND m.direction = 'INBOUND' AND m.status IN "
                + AWAITING;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (label != 0) {
        ps.setLong(i++, label);
      }
      Sql.setInstant(ps, i++, start(first));
      Sql.setInstant(ps, i, start(first + 1));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Sql.instant(rs, "oldest");
      }
    }
  }

  /**
   * Open every 10 minutes over the last two hours: arrived by t (A) less answered by t (B, keyed by
   * the later of arrival and first reply), each summed over whole minutes before t's minute plus an
   * exact read of t's own minute up to t.
   */
  private List<ReplyDebt.BurnPoint> burnDown(Instant now) throws SQLException {
    List<ReplyDebt.BurnPoint> points = new ArrayList<>();
    try (PreparedStatement arrived =
            c.prepareStatement(
                "SELECT COUNT(*) FROM messages WHERE received_at >= ? AND received_at <= ?"
                    + " AND direction = 'INBOUND' AND status <> 'NO_REPLY_NEEDED'");
        PreparedStatement answered =
            c.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT m.received_at, (SELECT MIN(r.sent_at) FROM replies r"
                    + " WHERE r.message_id = m.id) f FROM messages m WHERE m.id IN"
                    + " (SELECT id FROM messages WHERE received_at >= ? AND received_at <= ?"
                    + " UNION SELECT message_id FROM replies WHERE sent_at >= ? AND sent_at <= ?)"
                    + " AND m.direction = 'INBOUND' AND m.status <> 'NO_REPLY_NEEDED')"
                    + " WHERE f IS NOT NULL"
                    + " AND CASE WHEN f > received_at THEN f ELSE received_at END >= ?"
                    + " AND CASE WHEN f > received_at THEN f ELSE received_at END <= ?")) {
      for (int step = 12; step >= 0; step--) {
        Instant t = now.minusSeconds(step * 600L);
        Instant from = start(minute(t));
        long open = before('A', t) - before('B', t);
        Sql.setInstant(arrived, 1, from);
        Sql.setInstant(arrived, 2, t);
        open += single(arrived);
        for (int i = 1; i <= 6; i += 2) {
          Sql.setInstant(answered, i, from);
          Sql.setInstant(answered, i + 1, t);
        }
        open -= single(answered);
        points.add(new ReplyDebt.BurnPoint(t, open));
      }
    }
    return points;
  }

  private static long single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
