package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The changes to the reply-debt counters that one statement's rows make, summed per key on the
 * writing thread and written as a few insert-only rows when the statement ends (ADR 18). A row
 * changed outside a statement's bracket (H2 fires some MERGE inserts after the statement trigger)
 * is written at once. A statement that failed leaves its sums behind; the next statement on the
 * same table and thread drops them, since H2 rolled the failed statement's rows back. Label rows
 * changed inside a statement wait for its end, when their messages are read together ({@link
 * PendingLabelRows}, ADR 29).
 */
final class ReplyDebtDeltas {

  static final String INSERT =
      "INSERT INTO reply_debt_counts (kind, label_id, at_minute, n) VALUES (?, ?, ?, ?)";

  private static final ThreadLocal<Map<String, ReplyDebtDeltas>> OPEN =
      ThreadLocal.withInitial(HashMap::new);

  private final Map<Key, long[]> sums = new HashMap<>();
  private final PendingLabelRows pending = new PendingLabelRows();
  private boolean inStatement;

  record Key(char kind, long label, int minute) {}

  private ReplyDebtDeltas() {}

  /** The sums for {@code table} on this thread. */
  static ReplyDebtDeltas of(String table) {
    return OPEN.get().computeIfAbsent(table, t -> new ReplyDebtDeltas());
  }

  /** A statement on the table begins: what a failed one left is dropped. */
  void begin() {
    sums.clear();
    pending.clear();
    inStatement = true;
  }

  /** The statement ended: its sums are written. */
  void end(Connection c) throws SQLException {
    inStatement = false;
    pending.resolveInto(c, sums);
    flush(c, sums);
  }

  /** Whether a statement is open: a label row may then wait for its end. */
  boolean inStatement() {
    return inStatement;
  }

  /** A label row whose counters are read when the statement ends. */
  void defer(long message, long label, int sign) {
    pending.add(message, label, sign);
  }

  /** A row's changes: summed when inside a statement, written at once otherwise. */
  void add(Connection c, Map<Key, long[]> row) throws SQLException {
    if (inStatement) {
      for (Map.Entry<Key, long[]> e : row.entrySet()) {
        sums.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
      }
    } else {
      flush(c, row);
    }
  }

  static void add(Map<Key, long[]> to, char kind, long label, int minute, long n) {
    to.computeIfAbsent(new Key(kind, label, minute), k -> new long[1])[0] += n;
  }

  /** Writes the non-zero sums as delta rows and empties them. */
  static void flush(Connection c, Map<Key, long[]> sums) throws SQLException {
    if (sums.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      int rows = 0;
      for (Map.Entry<Key, long[]> e : sums.entrySet()) {
        if (e.getValue()[0] != 0) {
          ps.setString(1, String.valueOf(e.getKey().kind()));
          ps.setLong(2, e.getKey().label());
          ps.setInt(3, e.getKey().minute());
          ps.setLong(4, e.getValue()[0]);
          ps.addBatch();
          rows++;
        }
      }
      if (rows > 0) {
        ps.executeBatch();
      }
    }
    sums.clear();
  }
}
