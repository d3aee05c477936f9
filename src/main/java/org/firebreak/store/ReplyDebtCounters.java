package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reply-debt counters of ADR 18: the table, its triggers, and the full recount that both fills
 * it for a database from before them and checks it in tests. Counts are insert-only rows of deltas;
 * {@link #sums} adds them up per key and {@link #foldIfLong} folds them into one row per key.
 */
public final class ReplyDebtCounters {

  private static final String MINUTE = "CAST(FLOOR(EXTRACT(EPOCH FROM %s) / 60) AS INT)";
  private static final String AWAITING = "('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')";

  /** Every counter recomputed from the messages, labels and replies: kind, label, minute, n. */
  static final String RECOUNT =
      "SELECT k, l, mi, COUNT(*) FROM (SELECT 'A' k, CAST(0 AS BIGINT) l, "
          + minute("received_at")
          + " mi FROM messages WHERE direction = 'INBOUND' AND status <> 'NO_REPLY_NEEDED'"
          + " UNION ALL SELECT 'B', 0, "
          + minute("CASE WHEN f > received_at THEN f ELSE received_at END")
          + " FROM (SELECT m.received_at, (SELECT MIN(r.sent_at) FROM replies r"
          + " WHERE r.message_id = m.id) f FROM messages m WHERE m.direction = 'INBOUND'"
          + " AND m.status <> 'NO_REPLY_NEEDED') WHERE f IS NOT NULL"
          + " UNION ALL SELECT 'W', 0, "
          + minute("received_at")
          + " FROM messages WHERE direction = 'INBOUND' AND status IN "
          + AWAITING
          + " UNION ALL SELECT 'W', x.label_id, "
          + minute("m.received_at")
          + " FROM messages m JOIN message_labels x ON x.message_id = m.id"
          + " WHERE m.direction = 'INBOUND' AND m.status IN "
          + AWAITING
          + " UNION ALL SELECT 'T', x.label_id, 0 FROM messages m"
          + " JOIN message_labels x ON x.message_id = m.id WHERE m.direction = 'INBOUND'"
          + " UNION ALL SELECT 'R', 0, "
          + minute("sent_at")
          + " FROM replies"
          + " UNION ALL SELECT 'R', x.label_id, "
          + minute("r.sent_at")
          + " FROM replies r JOIN message_labels x ON x.message_id = r.message_id)"
          + " GROUP BY k, l, mi";

  private static final String[] TABLES = {"MESSAGES", "MESSAGE_LABELS", "REPLIES"};

  private ReplyDebtCounters() {}

  private static String minute(String time) {
    return String.format(MINUTE, time);
  }

  /** Creates the table and its triggers and fills it from what is stored (schema 20). */
  public static void install(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE reply_debt_counts (kind CHAR(1) NOT NULL, label_id BIGINT NOT NULL,"
              + " at_minute INT NOT NULL, n BIGINT NOT NULL)");
      s.execute("INSERT INTO reply_debt_counts (kind, label_id, at_minute, n) " + RECOUNT);
      String trigger = ReplyDebtTrigger.class.getName();
      for (String table : TABLES) {
        String name = "REPLY_DEBT_" + table;
        s.execute(
            "CREATE TRIGGER "
                + name
                + "_BEGIN BEFORE INSERT, UPDATE, DELETE ON "
                + table
                + " CALL '"
                + trigger
                + "'");
        s.execute(
            "CREATE TRIGGER "
                + name
                + "_ROW AFTER INSERT, UPDATE, DELETE ON "
                + table
                + " FOR EACH ROW CALL '"
                + trigger
                + "'");
        s.execute(
            "CREATE TRIGGER "
                + name
                + "_END AFTER INSERT, UPDATE, DELETE ON "
                + table
                + " CALL '"
                + trigger
                + "'");
      }
    }
  }

  /** The counters as kept: the sum of their deltas per key, keys summing to zero left out. */
  public static Map<String, Long> sums(Connection c) throws SQLException {
    return read(
        c,
        "SELECT kind, label_id, at_minute, SUM(n) FROM reply_debt_counts GROUP BY kind, label_id, at_minute");
  }

  /** The counters recomputed from scratch, in the same shape as {@link #sums}. */
  public static Map<String, Long> recount(Connection c) throws SQLException {
    return read(c, RECOUNT);
  }

  private static Map<String, Long> read(Connection c, String sql) throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        if (rs.getLong(4) != 0) {
          out.put(rs.getString(1) + "/" + rs.getLong(2) + "/" + rs.getInt(3), rs.getLong(4));
        }
      }
    }
    return out;
  }

  /** How many delta rows are stored (H2 counts a whole table without reading it). */
  static long rows(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM reply_debt_counts");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Folds the deltas into one row per key when they outnumber the keys by far: exactly the rows
   * deleted are summed (a data change delta table), so a writer's rows committed meanwhile stay.
   */
  static void foldIfLong(Database db, int keys) {
    foldIfLong(db, keys, 2_000);
  }

  /**
   * As {@link #foldIfLong(Database, int)}, folding when the rows pass twice the keys plus slack.
   */
  static void foldIfLong(Database db, int keys, int slack) {
    if (db.readOnly() || db.read(ReplyDebtCounters::rows) <= 2L * keys + slack) {
      return;
    }
    synchronized (db) {
      db.write(
          c -> {
            Map<ReplyDebtDeltas.Key, long[]> sums = new HashMap<>();
            try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT kind, label_id, at_minute, SUM(n) FROM OLD TABLE"
                            + " (DELETE FROM reply_debt_counts) GROUP BY kind, label_id, at_minute");
                ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ReplyDebtDeltas.add(
                    sums, rs.getString(1).charAt(0), rs.getLong(2), rs.getInt(3), rs.getLong(4));
              }
            }
            ReplyDebtDeltas.flush(c, sums);
            return null;
          });
    }
  }
}
