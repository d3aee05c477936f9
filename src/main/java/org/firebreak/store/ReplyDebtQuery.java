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
 * Reply debt read from the counters of ADR 18: sums per label and minute, plus exact reads at the
 * edges ({@link ReplyDebtEdges}, ADR 28): the shorter side of the minute that 15 and 60 minutes ago
 * and now fall in, and the oldest unanswered message found by walking its first minute in arrival
 * order. The burn-down's earlier points fall on whole minutes. The work grows with labels × minutes
 * plus at most half a minute of messages per edge, not with all messages.
 */
final class ReplyDebtQuery {

  private static final long MINUTE = 60_000L;

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
    ReplyDebtEdges edges = new ReplyDebtEdges(c);
    List<Long> ids = new ArrayList<>(List.of(0L));
    List<String[]> names = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, name, colour, name_key FROM labels ORDER BY COALESCE(hotkey, 99), name");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
        names.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    }
    Map<Long, Long> replied15 = repliedSince(edges, now.minusSeconds(15 * 60), ids);
    Map<Long, Long> replied60 = repliedSince(edges, now.minusSeconds(60 * 60), ids);
    Map<Long, Instant> oldest = oldest(edges, ids);
    List<LabelDebt> labels = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      // an answer takes "needs reply" off its message (TriageStore), so that row counts the
      // answers overall; counted by the label itself it would always show none
      long id = ids.get(i + 1);
      long answered = repliedAs(names.get(i)[2], id);
      labels.add(
          new LabelDebt(
              names.get(i)[0],
              names.get(i)[1],
              total('T', id),
              total('W', id),
              replied15.get(answered),
              replied60.get(answered),
              oldest.get(id)));
    }
    // ORDER BY awaiting DESC, then hotkey and name as read (a stable sort keeps that order)
    List<LabelDebt> sorted = new ArrayList<>(labels);
    sorted.sort(Comparator.comparingLong((LabelDebt l) -> -l.awaitingReply()));
    return new ReplyDebt(
        now,
        total('W', 0),
        replied15.get(0L),
        replied60.get(0L),
        oldest.get(0L),
        sorted,
        burnDown(edges, now));
  }

  /** The label whose replies a label's row shows: overall (0) for "needs reply", else itself. */
  static long repliedAs(String nameKey, long label) {
    return TriageStore.NEEDS_REPLY_LABEL.equals(nameKey) ? 0L : label;
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
  /** Counted in the minutes after {@code minute}. */
  private long after(char kind, long label, int minute) {
    return of(kind, label).tailMap(minute, false).values().stream()
        .mapToLong(Long::longValue)
        .sum();
  }

  /** Counted overall in the minutes before {@code minute}. */
  private long before(char kind, int minute) {
    return of(kind, 0).headMap(minute, false).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Counted in {@code minute} itself. */
  private long in(char kind, long label, int minute) {
    return of(kind, label).getOrDefault(minute, 0L);
  }

  /** Whether {@code at} lies in the first half of its minute (its head is the shorter side). */
  private static boolean early(Instant at) {
    return Math.floorMod(at.toEpochMilli(), MINUTE) < MINUTE / 2;
  }

  /**
   * Replies sent from {@code since} on, overall (key 0) and per label: the minutes after its own
   * from the counters, and its own minute from the side of {@code since} read exactly, the shorter
   * one: [since, end) as read, or the minute's counter less [start, since).
   */
  private Map<Long, Long> repliedSince(ReplyDebtEdges edges, Instant since, List<Long> labels)
      throws SQLException {
    int minute = minute(since);
    boolean early = early(since);
    Map<Long, Long> read =
        early ? edges.replies(start(minute), since) : edges.replies(since, start(minute + 1));
    Map<Long, Long> out = new HashMap<>();
    for (long label : labels) {
      long exact = read.getOrDefault(label, 0L);
      long partial = early ? in('R', label, minute) - exact : exact;
      out.put(label, after('R', label, minute) + partial);
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
   * counting one, then the first such message met walking that minute by arrival (never a label's
   * whole list of messages, nor a whole minute unless its match is last).
   */
  private Map<Long, Instant> oldest(ReplyDebtEdges edges, List<Long> labels) throws SQLException {
    Map<Long, Instant> out = new HashMap<>();
    for (long label : labels) {
      Integer first = firstAwaiting(label);
      if (first != null) {
        Instant at = edges.firstAwaiting(start(first), start(first + 1), label);
        if (at != null) {
          out.put(label, at);
        }
      }
    }
    return out;
  }

  /**
   * Open every 10 minutes over the last two hours: arrived less answered (B, keyed by the later of
   * arrival and first reply). The earlier twelve points fall on whole minutes (10, 20, … 120
   * minutes before the start of the current minute), so each is a difference of sums; only the last
   * point, now itself, adds the current minute up to now: its counters when nothing came after now
   * (a live console), else read exactly when now is in its first half, else the minute's counters
   * less what they hold after now.
   */
  private List<ReplyDebt.BurnPoint> burnDown(ReplyDebtEdges edges, Instant now)
      throws SQLException {
    List<ReplyDebt.BurnPoint> points = new ArrayList<>();
    int current = minute(now);
    for (int step = 12; step >= 1; step--) {
      int at = current - step * 10;
      points.add(new ReplyDebt.BurnPoint(start(at), before('A', at) - before('B', at)));
    }
    long open = before('A', current) - before('B', current);
    long whole = in('A', 0, current) - in('B', 0, current);
    if (edges.nothingAfter(now)) {
      open += whole; // live: the minute's counters end at now
    } else if (early(now)) {
      open += edges.openedFrom(start(current), now);
    } else {
      open += whole - edges.openedAfter(now, start(current + 1));
    }
    points.add(new ReplyDebt.BurnPoint(now, open));
    return points;
  }
}
