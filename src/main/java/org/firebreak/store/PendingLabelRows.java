package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code message_labels} rows one statement changed, kept until the statement ends so that
 * their messages and replies are read by one query per slice of ids instead of one per row (ADR
 * 29). What a row adds is what {@link ReplyDebtTrigger} added when it read its message at once: a
 * statement on {@code message_labels} changes neither messages nor replies, so the message reads
 * the same at the end as when the row changed (a message deleted, whose labels go by cascade, is
 * gone in both cases and adds nothing).
 */
final class PendingLabelRows {

  /** Ids per query: H2 refuses an array over 65,536 elements. */
  static final int SLICE = 50_000;

  private static final String FACTS =
      "SELECT m.id, m.direction, m.status, m.received_at, r.sent_at FROM UNNEST(?) AS u(id)"
          + " JOIN messages m ON m.id = u.id LEFT JOIN replies r ON r.message_id = m.id";

  private long[] messages = new long[16];
  private long[] labels = new long[16];
  private byte[] signs = new byte[16];
  private int size;

  /** What the counters need of a message: direction and status, minute, its replies' minutes. */
  private static final class Facts {
    boolean inbound;
    boolean awaiting;
    int minute;
    final List<Integer> replies = new ArrayList<>(1);
  }

  void add(long message, long label, int sign) {
    if (size == messages.length) {
      int grown = size * 2;
      messages = Arrays.copyOf(messages, grown);
      labels = Arrays.copyOf(labels, grown);
      signs = Arrays.copyOf(signs, grown);
    }
    messages[size] = message;
    labels[size] = label;
    signs[size] = (byte) sign;
    size++;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Forgets the rows (a failed statement's, or resolved ones). */
  void clear() {
    size = 0;
    if (messages.length > 4 * SLICE) {
      messages = new long[16];
      labels = new long[16];
      signs = new byte[16];
    }
  }

  /**
   * Adds every row's counters to {@code sums}, then forgets the rows. The distinct messages are
   * read in slices of consecutive ids, so memory holds one slice's messages whatever the
   * statement's size (a label deleted from a million messages).
   */
  void resolveInto(Connection c, Map<ReplyDebtDeltas.Key, long[]> sums) throws SQLException {
    if (size == 0) {
      return;
    }
    long[] ids = distinctSorted();
    try (PreparedStatement ps = c.prepareStatement(FACTS)) {
      for (int from = 0; from < ids.length; from += SLICE) {
        long[] slice = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + SLICE));
        Map<Long, Facts> facts = read(c, ps, slice);
        long lo = slice[0];
        long hi = slice[slice.length - 1];
        for (int i = 0; i < size; i++) {
          if (messages[i] >= lo && messages[i] <= hi) {
            add(sums, facts.get(messages[i]), labels[i], signs[i]);
          }
        }
      }
    }
    clear();
  }

  /** What one row adds; nothing when its message is gone. */
  private static void add(Map<ReplyDebtDeltas.Key, long[]> sums, Facts f, long label, int sign) {
    if (f == null) {
      return;
    }
    if (f.inbound) {
      ReplyDebtDeltas.add(sums, 'T', label, 0, sign);
      if (f.awaiting) {
        ReplyDebtDeltas.add(sums, 'W', label, f.minute, sign);
      }
    }
    for (int sent : f.replies) {
      ReplyDebtDeltas.add(sums, 'R', label, sent, sign);
    }
  }

  private long[] distinctSorted() {
    long[] ids = Arrays.copyOf(messages, size);
    Arrays.sort(ids);
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        ids[n++] = ids[i];
      }
    }
    return Arrays.copyOf(ids, n);
  }

  private static Map<Long, Facts> read(Connection c, PreparedStatement ps, long[] slice)
      throws SQLException {
    Map<Long, Facts> out = new HashMap<>(slice.length * 2);
    Object[] boxed = new Object[slice.length];
    for (int i = 0; i < slice.length; i++) {
      boxed[i] = slice[i];
    }
    ps.setArray(1, c.createArrayOf("BIGINT", boxed));
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        Facts f = out.get(rs.getLong(1));
        if (f == null) {
          f = new Facts();
          f.inbound = "INBOUND".equals(rs.getString(2));
          f.awaiting = ReplyDebtTrigger.awaiting(rs.getString(3));
          f.minute = ReplyDebtTrigger.minute(rs.getObject(4, OffsetDateTime.class));
          out.put(rs.getLong(1), f);
        }
        OffsetDateTime sent = rs.getObject(5, OffsetDateTime.class);
        if (sent != null) {
          f.replies.add(ReplyDebtTrigger.minute(sent));
        }
      }
    }
    return out;
  }
}
