package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The exact reads behind {@link ReplyDebtQuery} (ADR 28): the parts of single minutes that the
 * per-minute counters cannot split. A moment splits its minute in two; the caller reads the shorter
 * side here and takes the other from the minute's counter, so no read covers more than half a
 * minute of messages. The oldest message awaiting a reply is the first one met walking its minute
 * by arrival ({@code ix_messages_received}, read in order), which stops at its first match.
 */
final class ReplyDebtEdges {

  private static final String AWAITING = "('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')";
  private static final String ANSWERABLE =
      " m.direction = 'INBOUND' AND m.status <> 'NO_REPLY_NEEDED'";
  private static final String FIRST_AWAITING =
      "SELECT m.received_at FROM messages m USE INDEX (ix_messages_received)"
          + " WHERE m.received_at >= ? AND m.received_at < ? AND m.direction = 'INBOUND'"
          + " AND m.status IN "
          + AWAITING;

  private final Connection c;

  ReplyDebtEdges(Connection c) {
    this.c = c;
  }

  /** Replies sent in [from, to): overall (key 0) and per label of their message. */
  Map<Long, Long> replies(Instant from, Instant to) throws SQLException {
    Map<Long, Long> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 0, COUNT(*) FROM replies WHERE sent_at >= ? AND sent_at < ?"
                + " UNION ALL SELECT x.label_id, COUNT(*) FROM replies r JOIN message_labels x"
                + " ON x.message_id = r.message_id WHERE r.sent_at >= ? AND r.sent_at < ?"
                + " GROUP BY x.label_id")) {
      set(ps, from, to, from, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.merge(rs.getLong(1), rs.getLong(2), Long::sum);
        }
      }
    }
    return out;
  }

  /**
   * The first arrival in [from, to) of an inbound message awaiting a reply, with label {@code
   * label} (0: any), or null.
   */
  Instant firstAwaiting(Instant from, Instant to, long label) throws SQLException {
    String sql =
        label == 0
            ? FIRST_AWAITING
            : FIRST_AWAITING
                + " AND EXISTS (SELECT 1 FROM message_labels x WHERE x.message_id = m.id"
                + " AND x.label_id = ?)";
    try (PreparedStatement ps =
        c.prepareStatement(sql + " ORDER BY m.received_at FETCH FIRST ROW ONLY")) {
      set(ps, from, to);
      if (label != 0) {
        ps.setLong(3, label);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Sql.instant(rs, "received_at") : null;
      }
    }
  }

  /**
   * Whether nothing arrived and no reply was sent after {@code now} (the newest of each, read from
   * the end of its index): then the minute's counters hold nothing beyond now.
   */
  boolean nothingAfter(Instant now) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT (SELECT MAX(received_at) FROM messages) AS a,"
                    + " (SELECT MAX(sent_at) FROM replies) AS b");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      Instant arrived = Sql.instant(rs, "a");
      Instant sent = Sql.instant(rs, "b");
      return (arrived == null || !arrived.isAfter(now)) && (sent == null || !sent.isAfter(now));
    }
  }

  /**
   * Change in the open count over [from, now] of now's minute: arrivals needing an answer less
   * those answered (the later of arrival and first reply) in it.
   */
  long openedFrom(Instant from, Instant now) throws SQLException {
    long arrived =
        single(
            "SELECT COUNT(*) FROM messages m WHERE m.received_at >= ? AND m.received_at <= ? AND"
                + ANSWERABLE,
            from,
            now);
    // arrived in [from, now] with a reply by now, or a first reply in it to an earlier arrival
    long answered =
        single(
            "SELECT (SELECT COUNT(*) FROM messages m WHERE m.received_at >= ?"
                + " AND m.received_at <= ? AND"
                + ANSWERABLE
                + " AND EXISTS (SELECT 1 FROM replies r WHERE r.message_id = m.id"
                + " AND r.sent_at <= ?)) + (SELECT COUNT(DISTINCT r.message_id) FROM replies r"
                + " JOIN messages m ON m.id = r.message_id WHERE r.sent_at >= ?"
                + " AND r.sent_at <= ? AND m.received_at < ? AND"
                + ANSWERABLE
                + " AND NOT EXISTS (SELECT 1 FROM replies e"
                + " WHERE e.message_id = r.message_id AND e.sent_at < ?))",
            from,
            now,
            now,
            from,
            now,
            from,
            from);
    return arrived - answered;
  }

  /**
   * As {@link #openedFrom} over the rest of the minute, (now, end): what the minute's counters hold
   * beyond now.
   */
  long openedAfter(Instant now, Instant end) throws SQLException {
    long arrived =
        single(
            "SELECT COUNT(*) FROM messages m WHERE m.received_at > ? AND m.received_at < ? AND"
                + ANSWERABLE,
            now,
            end);
    // arrived in (now, end) with a reply before end, or a first reply in it to an earlier arrival
    long answered =
        single(
            "SELECT (SELECT COUNT(*) FROM messages m WHERE m.received_at > ?"
                + " AND m.received_at < ? AND"
                + ANSWERABLE
                + " AND EXISTS (SELECT 1 FROM replies r WHERE r.message_id = m.id"
                + " AND r.sent_at < ?)) + (SELECT COUNT(DISTINCT r.message_id) FROM replies r"
                + " JOIN messages m ON m.id = r.message_id WHERE r.sent_at > ?"
                + " AND r.sent_at < ? AND m.received_at <= ? AND"
                + ANSWERABLE
                + " AND NOT EXISTS (SELECT 1 FROM replies e"
                + " WHERE e.message_id = r.message_id AND e.sent_at <= ?))",
            now,
            end,
            end,
            now,
            end,
            now,
            now);
    return arrived - answered;
  }

  private long single(String sql, Instant... at) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      set(ps, at);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void set(PreparedStatement ps, Instant... at) throws SQLException {
    for (int i = 0; i < at.length; i++) {
      Sql.setInstant(ps, i + 1, at[i]);
    }
  }
}
