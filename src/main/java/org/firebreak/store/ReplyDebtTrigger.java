package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * Keeps {@code reply_debt_counts} in step with {@code messages}, {@code message_labels} and {@code
 * replies} whoever writes them (ADR 18): triage, bulk, undo, intake and its rule labels, label
 * deletion, session open and merge, the demo and drills. Each row change adds the difference
 * between the counters it contributed before and after; {@link ReplyDebtDeltas} sums them per
 * statement. Kinds (label 0 is "overall"): A arrivals needing an answer and B those answered, by
 * minute of arrival and of {@code max(arrival, first reply)} (the burn-down); W awaiting a reply by
 * minute of arrival, overall and per label; T inbound messages per label; R replies by minute sent,
 * overall and per label of their message.
 */
public final class ReplyDebtTrigger implements Trigger {

  private String table;
  private String role;
  private final Map<String, Integer> column = new HashMap<>();

  @Override
  public void init(
      Connection conn, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    this.table = table;
    this.role = trigger.substring(trigger.lastIndexOf('_') + 1);
    try (PreparedStatement ps =
        conn.prepareStatement(
            "SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
      ps.setString(1, schema);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          column.put(rs.getString(1), rs.getInt(2) - 1);
        }
      }
    }
  }

  @Override
  public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
    ReplyDebtDeltas deltas = ReplyDebtDeltas.of(table);
    switch (role) {
      case "BEGIN" -> deltas.begin();
      case "END" -> deltas.end(c);
      default -> {
        Map<ReplyDebtDeltas.Key, long[]> row = new HashMap<>();
        switch (table) {
          case "MESSAGES" -> message(c, row, oldRow, newRow);
          case "MESSAGE_LABELS" -> {
            if (deltas.inStatement()) {
              // read with the statement's other rows when it ends (ADR 29)
              defer(deltas, oldRow, -1);
              defer(deltas, newRow, +1);
              return;
            }
            label(c, row, oldRow, -1);
            label(c, row, newRow, +1);
          }
          default -> {
            reply(c, row, oldRow, -1);
            reply(c, row, newRow, +1);
          }
        }
        deltas.add(c, row);
      }
    }
  }

  private Object get(Object[] row, String name) {
    return row[column.get(name)];
  }

  private void message(Connection c, Map<ReplyDebtDeltas.Key, long[]> row, Object[] o, Object[] n)
      throws SQLException {
    if (o != null
        && n != null
        && same((String) get(o, "STATUS"), (String) get(n, "STATUS"))
        && Objects.equals(get(o, "DIRECTION"), get(n, "DIRECTION"))
        && Objects.equals(get(o, "RECEIVED_AT"), get(n, "RECEIVED_AT"))) {
      return;
    }
    long id = ((Number) get(o != null ? o : n, "ID")).longValue();
    List<Long> labels = new ArrayList<>();
    Long first = null;
    if (o != null) {
      // a new message has no labels or replies yet (both refer to it)
      labels = labels(c, id);
      first = firstReply(c, id, -1);
    }
    if (o != null) {
      contribute(
          row, -1, get(o, "DIRECTION"), get(o, "STATUS"), get(o, "RECEIVED_AT"), labels, first);
    }
    if (n != null) {
      contribute(
          row, +1, get(n, "DIRECTION"), get(n, "STATUS"), get(n, "RECEIVED_AT"), labels, first);
    }
  }

  private void defer(ReplyDebtDeltas deltas, Object[] r, int sign) {
    if (r != null) {
      deltas.defer(
          ((Number) get(r, "MESSAGE_ID")).longValue(),
          ((Number) get(r, "LABEL_ID")).longValue(),
          sign);
    }
  }

  private void label(Connection c, Map<ReplyDebtDeltas.Key, long[]> row, Object[] r, int sign)
      throws SQLException {
    if (r == null) {
      return;
    }
    long message = ((Number) get(r, "MESSAGE_ID")).longValue();
    long label = ((Number) get(r, "LABEL_ID")).longValue();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.direction, m.status, m.received_at, r.sent_at FROM messages m"
                + " LEFT JOIN replies r ON r.message_id = m.id WHERE m.id = ?")) {
      ps.setLong(1, message);
      try (ResultSet rs = ps.executeQuery()) {
        boolean firstRow = true;
        while (rs.next()) {
          // a message being deleted took its part in the counters with it
          if (firstRow && "INBOUND".equals(rs.getString(1))) {
            ReplyDebtDeltas.add(row, 'T', label, 0, sign);
            if (awaiting(rs.getString(2))) {
              ReplyDebtDeltas.add(
                  row, 'W', label, minute(rs.getObject(3, OffsetDateTime.class)), sign);
            }
          }
          firstRow = false;
          Object sent = rs.getObject(4, OffsetDateTime.class);
          if (sent != null) {
            ReplyDebtDeltas.add(row, 'R', label, minute(sent), sign);
          }
        }
      }
    }
  }

  private void reply(Connection c, Map<ReplyDebtDeltas.Key, long[]> row, Object[] r, int sign)
      throws SQLException {
    if (r == null) {
      return;
    }
    long id = ((Number) get(r, "ID")).longValue();
    long message = ((Number) get(r, "MESSAGE_ID")).longValue();
    long sent = millis(get(r, "SENT_AT"));
    int minute = (int) Math.floorDiv(sent, 60_000L);
    ReplyDebtDeltas.add(row, 'R', 0, minute, sign);
    List<Long> labels = labels(c, message);
    for (long label : labels) {
      ReplyDebtDeltas.add(row, 'R', label, minute, sign);
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT direction, status, received_at FROM messages WHERE id = ?")) {
      ps.setLong(1, message);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && "INBOUND".equals(rs.getString(1)) && !noReply(rs.getString(2))) {
          long received = millis(rs.getObject(3, OffsetDateTime.class));
          Long others = firstReply(c, message, id);
          Long with = others == null ? sent : Math.min(others, sent);
          Long before = sign > 0 ? others : with;
          Long after = sign > 0 ? with : others;
          if (!Objects.equals(before, after)) {
            if (before != null) {
              ReplyDebtDeltas.add(row, 'B', 0, answered(received, before), -1);
            }
            if (after != null) {
              ReplyDebtDeltas.add(row, 'B', 0, answered(received, after), +1);
            }
          }
        }
      }
    }
  }

  private static void contribute(
      Map<ReplyDebtDeltas.Key, long[]> row,
      int sign,
      Object direction,
      Object status,
      Object received,
      List<Long> labels,
      Long first) {
    if (!"INBOUND".equals(direction)) {
      return;
    }
    long at = millis(received);
    int minute = (int) Math.floorDiv(at, 60_000L);
    for (long label : labels) {
      ReplyDebtDeltas.add(row, 'T', label, 0, sign);
    }
    if (!noReply((String) status)) {
      ReplyDebtDeltas.add(row, 'A', 0, minute, sign);
      if (first != null) {
        ReplyDebtDeltas.add(row, 'B', 0, answered(at, first), sign);
      }
    }
    if (awaiting((String) status)) {
      ReplyDebtDeltas.add(row, 'W', 0, minute, sign);
      for (long label : labels) {
        ReplyDebtDeltas.add(row, 'W', label, minute, sign);
      }
    }
  }

  private static List<Long> labels(Connection c, long message) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT label_id FROM message_labels WHERE message_id = ?")) {
      ps.setLong(1, message);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }

  /** The first reply's time in ms, leaving out reply {@code except}; null when none. */
  private static Long firstReply(Connection c, long message, long except) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT MIN(sent_at) FROM replies WHERE message_id = ? AND id <> ?")) {
      ps.setLong(1, message);
      ps.setLong(2, except);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        OffsetDateTime first = rs.getObject(1, OffsetDateTime.class);
        return first == null ? null : first.toInstant().toEpochMilli();
      }
    }
  }

  /**
   * Whether two statuses count alike (a keystroke from "needs reply" to "escalated" changes no
   * counter, so it reads nothing).
   */
  private static boolean same(String a, String b) {
    return awaiting(a) == awaiting(b) && noReply(a) == noReply(b);
  }

  static boolean awaiting(String status) {
    return "NEEDS_REPLY".equals(status) || "ASSIGNED".equals(status) || "ESCALATED".equals(status);
  }

  private static boolean noReply(String status) {
    return "NO_REPLY_NEEDED".equals(status);
  }

  private static int answered(long received, long first) {
    return (int) Math.floorDiv(Math.max(received, first), 60_000L);
  }

  static int minute(Object time) {
    return (int) Math.floorDiv(millis(time), 60_000L);
  }

  private static long millis(Object time) {
    if (time instanceof OffsetDateTime t) {
      return t.toInstant().toEpochMilli();
    }
    if (time instanceof java.util.Date d) {
      return d.getTime();
    }
    throw new IllegalStateException("Not a time: " + time);
  }
}
