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
 * The reply-debt read as it was before ADR 28 (schema 20's code, kept for the probe's side-by-side
 * timing in the same minutes): reply debt read from the counters of ADR 18: sums per label and
 * minute, plus exact reads of the one partial minute at each edge (15 and 60 minutes ago, now, the
 * oldest unanswered). The burn-down's earlier points fall on whole minutes. The work grows with
 * labels × minutes plus the messages of a few single minutes, not with all messages.
 */
public final class ReplyDebtQueryBefore {

  private static final long MINUTE = 60_000L;
  private static final String AWAITING = "('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')";

  /** kind → label → minute → n. */
  private final Map<Character, Map<Long, TreeMap<Integer, Long>>> sums = new HashMap<>();

  private final Connection c;
  private int keys;

  private ReplyDebtQueryBefore(Connection c) {
    this.c = c;
  }

  /** Reply debt at {@code now}; {@code keys} afterwards says how many counter keys there are. */
  static ReplyDebtQueryBefore at(Connection c) throws SQLException {
    ReplyDebtQueryBefore q = new ReplyDebtQueryBefore(c);
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

  /** The old read at {@code now}, for {@code bench.ReplyDebtProbe}. */
  public static ReplyDebt replyDebt(Database db, Instant now) {
    return db.read(c -> at(c).read(now));
  }

  ReplyDebt read(Instant now) throws SQLException {
    Instant since15 = now.minusSeconds(15 * 60);
    Instant since60 = now.minusSeconds(60 * 60);
    Map<Long, Long> partial15 = repliesInPartialMinute(since15);
    Map<Long, Long> partial60 = repliesInPartialMinute(since60);
    List<Long> ids = new ArrayList<>(List.of(0L));
    List<String[]> names = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, name, colour FROM labels ORDER BY COALESCE(hotkey, 99), name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
        names.add(new String[] {rs.getString(2), rs.getString(3)});
      }
    }
    Map<Long, Instant> oldest = oldest(ids);
    List<LabelDebt> labels = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      long id = ids.get(i + 1);
      labels.add(
          new LabelDebt(
              names.get(i)[0],
              names.get(i)[1],
              total('T', id),
              total('W', id),
              repliedSince('R', id, since15) + partial15.getOrDefault(id, 0L),
              repliedSince('R', id, since60) + partial60.getOrDefault(id, 0L),
              oldest.get(id)));
    }
    // ORDER BY awaiting DESC, then hotkey and name as read (a stable sort keeps that order)
    List<LabelDebt> sorted = new ArrayList<>(labels);
    sorted.sort(Comparator.comparingLong((LabelDebt l) -> -l.awaitingReply()));
    return new ReplyDebt(
        now,
        total('W', 0),
        repliedSince('R', 0, since15) + partial15.getOrDefault(0L, 0L),
        repliedSince('R', 0, since60) + partial60.getOrDefault(0L, 0L),
        oldest.get(0L),
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

  /** Counted overall in the minutes before {@code minute}. */
  private long before(char kind, int minute) {
    return of(kind, 0).headMap(minute, false).values().stream().mapToLong(Long::longValue).sum();
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

  /** The first minute counting a message awaiting a reply, or null when none. */
  private Integer firstAwaiting(long label) {
    return of('W', label).entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /**
   * The oldest message still awaiting a reply, overall (key 0) and per label: the first minute
   * counting one, then one read of that minute's messages for every label whose first it is (so the
   * read walks the minute by arrival, never a label's whole list of messages).
   */
  private Map<Long, Instant> oldest(List<Long> labels) throws SQLException {
    Map<Integer, List<Long>> byMinute = new TreeMap<>();
    for (long label : labels) {
      Integer first = firstAwaiting(label);
      if (first != null) {
        byMinute.computeIfAbsent(first, k -> new ArrayList<>()).add(label);
      }
    }
    Map<Long, Instant> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 0, MIN(received_at) AS oldest FROM messages WHERE received_at >= ?"
                + " AND received_at < ? AND direction = 'INBOUND' AND status IN "
                + AWAITING
                + " UNION ALL SELECT x.label_id, MIN(m.received_at) FROM messages m"
                + " JOIN message_labels x ON x.message_id = m.id WHERE m.received_at >= ?"
                + " AND m.received_at < ? AND m.direction = 'INBOUND' AND m.status IN "
                + AWAITING
                + " GROUP BY x.label_id")) {
      for (Map.Entry<Integer, List<Long>> e : byMinute.entrySet()) {
        for (int i = 1; i <= 3; i += 2) {
          Sql.setInstant(ps, i, start(e.getKey()));
          Sql.setInstant(ps, i + 1, start(e.getKey() + 1));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            long label = rs.getLong(1);
            Instant at = Sql.instant(rs, "oldest");
            if (e.getValue().contains(label) && at != null) {
              out.put(label, at);
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Open every 10 minutes over the last two hours: arrived less answered (B, keyed by the later of
   * arrival and first reply). The earlier twelve points fall on whole minutes (10, 20, … 120
   * minutes before the start of the current minute), so each is a difference of sums; only the last
   * point, now itself, adds an exact read of the current minute up to now.
   */
  private List<ReplyDebt.BurnPoint> burnDown(Instant now) throws SQLException {
    List<ReplyDebt.BurnPoint> points = new ArrayList<>();
    int current = minute(now);
    for (int step = 12; step >= 1; step--) {
      int at = current - step * 10;
      points.add(new ReplyDebt.BurnPoint(start(at), before('A', at) - before('B', at)));
    }
    Instant from = start(current);
    long open = before('A', current) - before('B', current);
    try (PreparedStatement arrived =
            c.prepareStatement(
                "SELECT COUNT(*) FROM messages WHERE received_at >= ? AND received_at <= ?"
                    + " AND direction = 'INBOUND' AND status <> 'NO_REPLY_NEEDED'");
        // answered in [from, now] (the later of arrival and first reply in it): arrived in it with
        // a reply by now, or a first reply in it to a message that arrived before it; both walk
        // one minute of an index, never every message
        PreparedStatement answered =
            c.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM messages m WHERE m.received_at >= ?"
                    + " AND m.received_at <= ? AND m.direction = 'INBOUND'"
                    + " AND m.status <> 'NO_REPLY_NEEDED' AND EXISTS (SELECT 1 FROM replies r"
                    + " WHERE r.message_id = m.id AND r.sent_at <= ?))"
                    + " + (SELECT COUNT(DISTINCT r.message_id) FROM replies r"
                    + " JOIN messages m ON m.id = r.message_id WHERE r.sent_at >= ?"
                    + " AND r.sent_at <= ? AND m.received_at < ? AND m.direction = 'INBOUND'"
                    + " AND m.status <> 'NO_REPLY_NEEDED' AND NOT EXISTS (SELECT 1 FROM replies e"
                    + " WHERE e.message_id = r.message_id AND e.sent_at < ?))")) {
      Sql.setInstant(arrived, 1, from);
      Sql.setInstant(arrived, 2, now);
      open += single(arrived);
      Instant[] bounds = {from, now, now, from, now, from, from};
      for (int i = 0; i < bounds.length; i++) {
        Sql.setInstant(answered, i + 1, bounds[i]);
      }
      open -= single(answered);
    }
    points.add(new ReplyDebt.BurnPoint(now, open));
    return points;
  }

  private static long single(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
