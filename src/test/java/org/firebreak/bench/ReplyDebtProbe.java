package org.firebreak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firebreak.app.Services;

/**
 * A probe of the reply-debt read at N messages (not a test, not a figure of record): builds the
 * TriageBench data once under {@code target/debt/}, keeps a copy, and on every later run opens a
 * fresh copy of it, prints EXPLAIN ANALYZE and a median time for each statement the read ran before
 * ADR 28 and of the candidates tried, then the whole read's p50 / p95. (The figures before ADR 28
 * came from the same probe with a copy of the old read beside it, alternating; that copy is gone:
 * check out 03ebeac to run it again.)
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.ReplyDebtProbe -Dbench.messages=1000000
 * [-Dbench.probe.explain=false] [-Dbench.probe.after=SECONDS]}
 */
public final class ReplyDebtProbe {

  private static final long MINUTE = 60_000L;
  private static final String AWAITING = "('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')";

  private ReplyDebtProbe() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.messages", 100_000);
    Path dir = Path.of(System.getProperty("bench.probe.dir", "target/debt")).toAbsolutePath();
    Files.createDirectories(dir);
    Path kept = dir.resolve("kept-" + n + ".mv.db");
    Path nowFile = dir.resolve("kept-" + n + ".now");
    if (!Files.exists(kept)) {
      Instant now = Instant.now();
      Path base = dir.resolve("build-" + n);
      long t0 = System.nanoTime();
      try (Services s = Services.open(base, Clock.systemUTC())) {
        TriageData.write(s, n, now);
      }
      System.out.printf("built %d messages in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      // compacted once, so every later run copies a smaller file
      try (Connection c =
              java.sql.DriverManager.getConnection("jdbc:h2:file:" + base, "firebreak", "");
          java.sql.Statement st = c.createStatement()) {
        st.execute("SHUTDOWN COMPACT");
      }
      Files.move(Path.of(base + ".mv.db"), kept);
      Files.writeString(nowFile, now.toString());
    }
    // the moment read: by default 3 s after the data's last arrival, in the minute it filled
    Instant now =
        Instant.parse(Files.readString(nowFile).trim())
            .plusSeconds(Long.getLong("bench.probe.after", 3));
    Path work = dir.resolve("work-" + n);
    // the seal beside a database closed by Firebreak would not match the fresh copy
    Files.deleteIfExists(Path.of(work + ".mv.db.sha256"));
    Files.copy(kept, Path.of(work + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
    try (Services s = Services.open(work, Clock.fixed(now, ZoneOffset.UTC))) {
      s.statsQuery().replyDebt(now); // folds once if the deltas piled up
      if (Boolean.parseBoolean(System.getProperty("bench.probe.explain", "true"))) {
        s.database().read(c -> statements(c, now));
      }
      long[] after = new long[21];
      for (int i = -3; i < after.length; i++) {
        // a moment a few ms apart each time, as the bench's Instant.now(): no result reused
        Instant at = now.plusMillis(i + 3);
        long t1 = System.nanoTime();
        s.statsQuery().replyDebt(at);
        if (i >= 0) {
          after[i] = System.nanoTime() - t1;
        }
      }
      Figures.ceiling("probe_reply_debt_p50", Figures.percentile(after, 0.5), "ms", 200);
      Figures.ceiling("probe_reply_debt_p95", Figures.percentile(after, 0.95), "ms", 200);
    }
    System.exit(0);
  }

  private static Object statements(Connection c, Instant now) throws SQLException {
    long current = Math.floorDiv(now.toEpochMilli(), MINUTE) * MINUTE;
    long first = Math.floorDiv(scalar(c, "SELECT MIN(received_at) FROM messages"), MINUTE) * MINUTE;
    long p15 = now.toEpochMilli() - 15 * MINUTE;
    long p60 = now.toEpochMilli() - 60 * MINUTE;
    Map<String, String> sql = new LinkedHashMap<>();
    sql.put(
        "counters",
        "SELECT kind, label_id, at_minute, SUM(n) FROM reply_debt_counts"
            + " GROUP BY kind, label_id, at_minute HAVING SUM(n) <> 0");
    for (long[] edge : new long[][] {{15, p15}, {60, p60}}) {
      long end = (Math.floorDiv(edge[1], MINUTE) + 1) * MINUTE;
      sql.put(
          "replies_partial_" + edge[0],
          "SELECT 0, COUNT(*) FROM replies WHERE sent_at >= "
              + t(edge[1])
              + " AND sent_at < "
              + t(end)
              + " UNION ALL SELECT x.label_id, COUNT(*) FROM replies r JOIN message_labels x"
              + " ON x.message_id = r.message_id WHERE r.sent_at >= "
              + t(edge[1])
              + " AND r.sent_at < "
              + t(end)
              + " GROUP BY x.label_id");
    }
    sql.put(
        "oldest_first_minute",
        "SELECT 0, MIN(received_at) AS oldest FROM messages WHERE received_at >= "
            + t(first)
            + " AND received_at < "
            + t(first + MINUTE)
            + " AND direction = 'INBOUND' AND status IN "
            + AWAITING
            + " UNION ALL SELECT x.label_id, MIN(m.received_at) FROM messages m"
            + " JOIN message_labels x ON x.message_id = m.id WHERE m.received_at >= "
            + t(first)
            + " AND m.received_at < "
            + t(first + MINUTE)
            + " AND m.direction = 'INBOUND' AND m.status IN "
            + AWAITING
            + " GROUP BY x.label_id");
    sql.put(
        "burn_arrived_current",
        "SELECT COUNT(*) FROM messages WHERE received_at >= "
            + t(current)
            + " AND received_at <= "
            + t(now.toEpochMilli())
            + " AND direction = 'INBOUND' AND status <> 'NO_REPLY_NEEDED'");
    String from = t(current);
    String to = t(now.toEpochMilli());
    sql.put(
        "burn_answered_current",
        "SELECT (SELECT COUNT(*) FROM messages m WHERE m.received_at >= "
            + from
            + " AND m.received_at <= "
            + to
            + " AND m.direction = 'INBOUND'"
            + " AND m.status <> 'NO_REPLY_NEEDED' AND EXISTS (SELECT 1 FROM replies r"
            + " WHERE r.message_id = m.id AND r.sent_at <= "
            + to
            + "))"
            + " + (SELECT COUNT(DISTINCT r.message_id) FROM replies r"
            + " JOIN messages m ON m.id = r.message_id WHERE r.sent_at >= "
            + from
            + " AND r.sent_at <= "
            + to
            + " AND m.received_at < "
            + from
            + " AND m.direction = 'INBOUND'"
            + " AND m.status <> 'NO_REPLY_NEEDED' AND NOT EXISTS (SELECT 1 FROM replies e"
            + " WHERE e.message_id = r.message_id AND e.sent_at < "
            + from
            + "))");
    sql.putAll(extra(current, first, now));
    for (Map.Entry<String, String> e : sql.entrySet()) {
      System.out.println("== " + e.getKey());
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + e.getValue());
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          System.out.println(rs.getString(1));
        }
      }
      long[] nanos = new long[7];
      for (int i = 0; i < nanos.length; i++) {
        long t0 = System.nanoTime();
        try (PreparedStatement ps = c.prepareStatement(e.getValue());
            ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rs.getObject(1);
          }
        }
        nanos[i] = System.nanoTime() - t0;
      }
      System.out.printf("-- %s median %.1f ms%n", e.getKey(), Figures.percentile(nanos, 0.5));
    }
    return null;
  }

  /** Candidate statements under trial, by name (edited while probing). */
  private static Map<String, String> extra(long current, long first, Instant now) {
    Map<String, String> out = new LinkedHashMap<>();
    String range = " m.received_at >= " + t(first) + " AND m.received_at < " + t(first + MINUTE);
    out.put(
        "cand_min_received_index",
        "SELECT MIN(m.received_at) FROM messages m USE INDEX (ix_messages_received) WHERE"
            + range
            + " AND m.direction = 'INBOUND' AND m.status IN "
            + AWAITING);
    out.put(
        "cand_first_ordered",
        "SELECT m.received_at FROM messages m USE INDEX (ix_messages_received) WHERE"
            + range
            + " AND m.direction = 'INBOUND' AND m.status IN "
            + AWAITING
            + " ORDER BY m.received_at LIMIT 1");
    out.put(
        "cand_min_per_status",
        "SELECT MIN(m.received_at) FROM messages m WHERE m.status = 'NEEDS_REPLY' AND"
            + range
            + " AND m.direction = 'INBOUND'");
    out.put(
        "cand_label_first_ordered",
        "SELECT m.received_at FROM messages m USE INDEX (ix_messages_received) WHERE"
            + range
            + " AND m.direction = 'INBOUND' AND m.status IN "
            + AWAITING
            + " AND EXISTS (SELECT 1 FROM message_labels x WHERE x.message_id = m.id"
            + " AND x.label_id = 2) ORDER BY m.received_at LIMIT 1");
    out.put(
        "cand_label_join_index",
        "SELECT x.label_id, MIN(m.received_at) FROM messages m USE INDEX (ix_messages_received)"
            + " JOIN message_labels x ON x.message_id = m.id WHERE"
            + range
            + " AND m.direction = 'INBOUND' AND m.status IN "
            + AWAITING
            + " GROUP BY x.label_id");
    return out;
  }

  private static String t(long millis) {
    return "TIMESTAMP WITH TIME ZONE '"
        + OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC)
        + "'";
  }

  private static long scalar(Connection c, String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getObject(1, OffsetDateTime.class).toInstant().toEpochMilli();
    }
  }
}
