package org.firebreak.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firebreak.store.Database;
import org.firebreak.store.SessionRows;

/**
 * Where reading a session export's rows from H2 spends its time: each entry read alone, then the
 * messages read in several ways (lazy or not, in key ranges, with or without the value
 * conversions). Repeated {@code probe.rounds} times in one JVM. Not a test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.SessionReadProbe -Dprobe.dir=/path/incident}
 */
public final class SessionReadProbe {

  private SessionReadProbe() {}

  private static final String MESSAGES =
      "SELECT platform, external_id, conversation_id, author, author_reach, text, preview, url,"
          + " created_at, received_at, direction, language, sentiment, priority, status,"
          + " assignee, cluster_key, flags FROM messages";

  public static void main(String[] args) throws Exception {
    Path base = Path.of(System.getProperty("probe.dir", "/tmp/session-probe/incident"));
    try (Database db = Database.open(base)) {
      SessionRows rows = new SessionRows(db);
      for (int round = 0; round < Integer.getInteger("probe.rounds", 3); round++) {
        Map<String, Double> perEntry = new LinkedHashMap<>();
        for (String entry : SessionRows.ENTRIES) {
          long t0 = System.nanoTime();
          long[] n = {0};
          rows.stream(
              entry,
              new SessionRows.ColumnSink() {
                @Override
                public void columns(String[] names) {}

                @Override
                public void row(Object[] values) {
                  n[0]++;
                }
              });
          double s = (System.nanoTime() - t0) / 1e9;
          if (s > 0.01) {
            perEntry.put(entry + "(" + n[0] + ")", s);
          }
        }
        System.out.println("round " + round + " entries: " + perEntry);
        db.readSteady(
            c -> {
              time(c, "lazy, convert", MESSAGES + " ORDER BY id", true, true);
              time(c, "lazy, raw getObject", MESSAGES + " ORDER BY id", true, false);
              time(c, "not lazy, convert", MESSAGES + " ORDER BY id", false, true);
              time(c, "lazy, no order by", MESSAGES, true, true);
              ranges(c, 10_000);
              return null;
            });
      }
    }
  }

  private static void time(Connection c, String what, String sql, boolean lazy, boolean convert)
      throws java.sql.SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LAZY_QUERY_EXECUTION " + lazy);
    }
    long t0 = System.nanoTime();
    long n = 0;
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      n = drain(rs, convert);
    }
    System.out.printf("  %-24s %7d rows %.3f s%n", what, n, (System.nanoTime() - t0) / 1e9);
  }

  private static void ranges(Connection c, int size) throws java.sql.SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LAZY_QUERY_EXECUTION FALSE");
    }
    long t0 = System.nanoTime();
    long n = 0;
    try (PreparedStatement ps =
        c.prepareStatement(MESSAGES + " WHERE id > ? ORDER BY id LIMIT " + size)) {
      long from = Long.MIN_VALUE;
      // the id is not selected: read it from a second query's last row instead
      try (PreparedStatement last =
          c.prepareStatement(
              "SELECT MAX(id) FROM (SELECT id FROM messages WHERE id > ? ORDER BY id LIMIT "
                  + size
                  + ")")) {
        while (true) {
          ps.setLong(1, from);
          long got;
          try (ResultSet rs = ps.executeQuery()) {
            got = drain(rs, true);
          }
          if (got == 0) {
            break;
          }
          n += got;
          last.setLong(1, from);
          try (ResultSet rs = last.executeQuery()) {
            rs.next();
            from = rs.getLong(1);
          }
        }
      }
    }
    System.out.printf(
        "  %-24s %7d rows %.3f s%n", "ranges of " + size, n, (System.nanoTime() - t0) / 1e9);
  }

  private static long drain(ResultSet rs, boolean convert) throws java.sql.SQLException {
    int cols = rs.getMetaData().getColumnCount();
    int[] types = new int[cols];
    for (int i = 0; i < cols; i++) {
      types[i] = rs.getMetaData().getColumnType(i + 1);
    }
    long n = 0;
    long sink = 0;
    while (rs.next()) {
      for (int i = 1; i <= cols; i++) {
        Object v;
        if (!convert) {
          v = rs.getObject(i);
        } else if (types[i - 1] == java.sql.Types.TIMESTAMP_WITH_TIMEZONE) {
          OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
          v = t == null ? null : t.toInstant().toString();
        } else if (types[i - 1] == java.sql.Types.CLOB || types[i - 1] == java.sql.Types.VARCHAR) {
          v = rs.getString(i);
        } else {
          v = rs.getObject(i);
        }
        sink += v == null ? 0 : 1;
      }
      n++;
    }
    return sink < 0 ? -1 : n;
  }
}
