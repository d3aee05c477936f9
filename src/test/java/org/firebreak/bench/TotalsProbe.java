package org.firebreak.bench;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.QueueFilter;
import org.firebreak.queue.QueueQuery;

/**
 * The queue's whole-table totals (the overdue count and each person's open load) on a kept database
 * of N messages that all arrived just now, as after a flood (none past its target yet): each timed
 * five times. Not a test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.TotalsProbe -Dbench.messages=1000000 -Dbench.db=target/totals}
 */
public final class TotalsProbe {

  private TotalsProbe() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.messages", 1_000_000);
    Path base = Path.of(System.getProperty("bench.db", "target/totals-probe"));
    try (Services s = Services.open(base, Clock.systemUTC())) {
      fill(s, n);
      labelAll(s);
      Instant now = Instant.now();
      QueueQuery overdue =
          QueueQuery.newestFirst().withFilter(QueueFilter.NONE.withOverdueAsOf(now));
      for (int round = 0; round < 5; round++) {
        long t0 = System.nanoTime();
        long count = s.messages().count(overdue);
        long t1 = System.nanoTime();
        int people = s.team().openLoad().size();
        long t2 = System.nanoTime();
        System.out.printf(
            "{\"probe\":\"totals\",\"overdue_count\":%d,\"overdue_ms\":%.1f,\"people\":%d,"
                + "\"open_load_ms\":%.1f}%n",
            count, (t1 - t0) / 1e6, people, (t2 - t1) / 1e6);
      }
      monitorVolume(s);
      if (Boolean.getBoolean("bench.flood")) {
        FloodBench.run(s);
      }
    }
    System.exit(0);
  }

  /**
   * The Monitor's volume chart (the hour up to the newest arrival, per minute and platform, read on
   * its 15 s poll), beside the same count by the time range alone, as it was read before.
   */
  private static void monitorVolume(Services s) {
    Instant newest =
        first(s, "SELECT MAX(received_at) FROM messages", java.time.OffsetDateTime.class)
            .toInstant();
    // as the Monitor asks: 60 whole minutes ending with the newest one
    Instant from = newest.minusSeconds(59 * 60).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    for (int round = 0; round < 5; round++) {
      Instant at = from.minusSeconds(60L * round); // never the same statement's cached result
      long t0 = System.nanoTime();
      long counted =
          s.statsQuery().perMinute(at, 60).values().stream()
              .flatMapToLong(java.util.Arrays::stream)
              .sum();
      long t1 = System.nanoTime();
      long rangeOnly =
          s.database()
              .read(
                  c -> {
                    try (java.sql.PreparedStatement ps =
                        c.prepareStatement(
                            "SELECT platform, DATEDIFF('MINUTE', ?, received_at) AS m, COUNT(*)"
                                + " FROM messages WHERE received_at >= ? AND received_at < ?"
                                + " GROUP BY platform, m")) {
                      ps.setObject(1, at.atOffset(java.time.ZoneOffset.UTC));
                      ps.setObject(2, at.atOffset(java.time.ZoneOffset.UTC));
                      ps.setObject(3, at.plusSeconds(3600).atOffset(java.time.ZoneOffset.UTC));
                      long sum = 0;
                      try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                          sum += rs.getLong(3);
                        }
                      }
                      return sum;
                    }
                  });
      long t2 = System.nanoTime();
      System.out.printf(
          "{\"probe\":\"monitor_volume\",\"messages_in_the_hour\":%d,\"ms\":%.1f,"
              + "\"range_only\":%d,\"range_only_ms\":%.1f}%n",
          counted, (t1 - t0) / 1e6, rangeOnly, (t2 - t1) / 1e6);
    }
  }

  /** Every message carries a label, as the import's "needs reply" label puts one on each. */
  private static void labelAll(Services s) {
    s.database()
        .write(
            c -> {
              try (Statement st = c.createStatement()) {
                st.execute(
                    "MERGE INTO labels (name, name_key, colour) KEY (name_key)"
                        + " VALUES ('needs reply', 'needs reply', '#d32f2f')");
                st.execute(
                    "INSERT INTO message_labels (message_id, label_id) SELECT m.id, l.id"
                        + " FROM messages m JOIN labels l ON l.name_key = 'needs reply'"
                        + " WHERE NOT EXISTS (SELECT 1 FROM message_labels x"
                        + " WHERE x.message_id = m.id)");
              }
              return null;
            });
  }

  /** The first column of a one-row query. */
  private static <T> T first(Services s, String sql, Class<T> type) {
    return s.database()
        .read(
            c -> {
              try (Statement st = c.createStatement();
                  ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getObject(1, type);
              }
            });
  }

  private static void fill(Services s, int n) {
    long have = first(s, "SELECT COUNT(*) FROM messages", Long.class);
    Instant now = Instant.now();
    for (int from = (int) have; from < n; from += 10_000) {
      List<BenchData.Row> rows = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + 10_000); i++) {
        BenchData.Row r = BenchData.row(i);
        rows.add(
            new BenchData.Row(
                r.id(), r.platform(), r.author(), r.reach(), r.text(), now.minusMillis(n - i)));
      }
      s.database()
          .write(
              c -> {
                BenchData.plainInsert(c, rows, false);
                return null;
              });
    }
  }
}
