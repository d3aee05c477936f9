package org.firebreak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.firebreak.app.Services;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.triage.BulkAction;
import org.firebreak.triage.BulkProgress;
import org.firebreak.triage.ChangeSet;

/**
 * The bulk label of {@link TriageBench} and its undo, on a copy of a kept TriageData database so
 * that repeated timings (and the code before and after a change) start from the same file. The
 * first run builds the database ({@code bench.messages}, default 1,000,000), compacts it and keeps
 * it under {@code bench.keep} (default {@code target/triage-db}). Not a test.
 *
 * <p>Run: {@code java -cp ... org.firebreak.bench.BulkProbe} with {@code -Dbench.explain=true} to
 * print the plans of the bulk's statements instead of timing it.
 */
public final class BulkProbe {

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private BulkProbe() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.messages", 1_000_000);
    Path keep = Path.of(System.getProperty("bench.keep", "target/triage-db")).toAbsolutePath();
    Path kept = keep.resolve("triage.mv.db");
    if (!Files.exists(kept)) {
      build(n, keep);
    }
    Path dir = Files.createTempDirectory(keep.getParent(), "bulk-probe");
    try {
      Files.copy(kept, dir.resolve("triage.mv.db"), StandardCopyOption.REPLACE_EXISTING);
      if (Boolean.getBoolean("bench.explain")) {
        explain(dir.resolve("triage"));
      } else {
        run(dir.resolve("triage"));
        floors(kept, dir);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(0);
  }

  private static void build(int n, Path keep) throws Exception {
    Files.createDirectories(keep);
    long t0 = System.nanoTime();
    try (Services s = Services.open(keep.resolve("triage"), Clock.systemUTC())) {
      TriageData.write(s, n, Instant.now());
    }
    double written = (System.nanoTime() - t0) / 1e9;
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + keep.resolve("triage"), "firebreak", "");
        Statement st = c.createStatement()) {
      st.execute("SHUTDOWN COMPACT");
    }
    Files.deleteIfExists(keep.resolve("triage.mv.db.sha256"));
    System.out.printf(
        "{\"setup\":\"%d messages written in %.1f s, compacted in %.1f s, kept at %s\"}%n",
        n, written, (System.nanoTime() - t0) / 1e9 - written, keep);
  }

  private static void run(Path base) throws Exception {
    try (Services s = Services.open(base, Clock.systemUTC())) {
      long vip = TriageBench.label(s, "VIP");
      QueueQuery assigned = QueueQuery.newestFirst().withStatus(MessageStatus.ASSIGNED);
      long q0 = System.nanoTime();
      List<Long> ids = s.messages().ids(assigned);
      double queryMs = (System.nanoTime() - q0) / 1e6;
      long b0 = System.nanoTime();
      long c0 = CPU.getCurrentThreadCpuTime();
      ChangeSet change = s.triage().bulk(ids, new BulkAction.AddLabel(vip), "b", BulkProgress.NONE);
      double bulkMs = (System.nanoTime() - b0) / 1e6;
      double bulkCpu = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
      System.out.printf(
          "{\"note\":\"bulk label: %d matched, %d changed; the matching query %.0f ms, the bulk %.0f ms (%.0f ms CPU of the calling thread)\"}%n",
          ids.size(), change.messagesChanged(), queryMs, bulkMs, bulkCpu);
      Figures.ceiling("bulk_label_matching_filter_ms", queryMs + bulkMs, "ms", 2000);
      long u0 = System.nanoTime();
      long uc = CPU.getCurrentThreadCpuTime();
      s.triage().undo(change.id(), "b");
      Figures.ceiling("bulk_label_undo_ms", (System.nanoTime() - u0) / 1e6, "ms", 2000);
      System.out.printf(
          "{\"note\":\"undo: %.0f ms CPU of the calling thread\"}%n",
          (CPU.getCurrentThreadCpuTime() - uc) / 1e6);

      TriageBench.keystrokes(s, vip);

      FxKeystrokeProbe fx = new FxKeystrokeProbe();
      fx.start(s);
      try {
        TriageBench.fxFigures(fx.keystrokes(100));
        long press = TriageBench.label(s, "press");
        fx.whileRunning(
            "bulk_label",
            () ->
                s.triage()
                    .bulk(
                        s.messages().ids(assigned),
                        new BulkAction.AddLabel(press),
                        "b",
                        BulkProgress.NONE));
      } finally {
        fx.close();
      }
    }
  }

  /**
   * What H2 alone takes for the same 100,000 messages, with no Firebreak code, no undo record and
   * no progress: each piece the issue itself asks for (a label row, an audit row, the counters
   * read), timed on its own with its commit. On a first copy the label rows keep the table's
   * foreign keys and reply-debt triggers; on a second they are dropped (primary key and label index
   * only), then the audit rows and the read the reply-debt counters need are timed on the same
   * copy. Their sum is what no design storing a row per labelled message and per change can go
   * under.
   */
  private static void floors(Path kept, Path dir) throws Exception {
    Path whole = dir.resolve("floor");
    Files.copy(kept, Path.of(whole + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
    try (Connection c = floorConnection(whole)) {
      Figures.compare(
          "bulk_label_floor_rows_with_integrity_ms",
          floorMs(c, LABEL_ROWS),
          "ms",
          2000,
          "bulk_label_ceiling: H2 alone, the label rows with their foreign keys and triggers");
    }
    Path bare = dir.resolve("bare");
    Files.copy(kept, Path.of(bare + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
    try (Connection c = floorConnection(bare);
        Statement st = c.createStatement()) {
      List<String> drops = new java.util.ArrayList<>();
      try (ResultSet rs =
          st.executeQuery(
              "SELECT 'DROP TRIGGER ' || TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS WHERE"
                  + " EVENT_OBJECT_TABLE = 'MESSAGE_LABELS' UNION SELECT 'ALTER TABLE"
                  + " message_labels DROP CONSTRAINT ' || CONSTRAINT_NAME FROM"
                  + " INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_NAME = 'MESSAGE_LABELS'"
                  + " AND CONSTRAINT_TYPE = 'FOREIGN KEY'")) {
        while (rs.next()) {
          drops.add(rs.getString(1));
        }
      }
      for (String drop : drops) {
        st.execute(drop);
      }
      double rows = floorMs(c, LABEL_ROWS);
      double audit = floorMs(c, AUDIT_ROWS);
      double read = floorMs(c, COUNTERS_READ);
      Figures.compare(
          "bulk_label_floor_bare_rows_ms", rows, "ms", 2000, "bulk_label_ceiling: bare rows");
      Figures.compare(
          "bulk_label_floor_audit_rows_ms", audit, "ms", 2000, "bulk_label_ceiling: audit rows");
      Figures.compare(
          "bulk_label_floor_counters_read_ms",
          read,
          "ms",
          2000,
          "bulk_label_ceiling: the messages and replies the counters need");
      Figures.compare(
          "bulk_label_floor_sum_ms",
          rows + audit + read,
          "ms",
          2000,
          "bulk_label_ceiling: bare rows + audit rows + counters read, the matching query not"
              + " counted");
    }
  }

  private static final String ASSIGNED = " FROM messages m WHERE m.status = 'ASSIGNED'";
  private static final String LABEL_ROWS =
      "INSERT INTO message_labels (message_id, label_id) SELECT m.id, (SELECT id FROM labels WHERE"
          + " name_key = 'vip')"
          + ASSIGNED;
  private static final String AUDIT_ROWS =
      "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_value, after_value,"
          + " change_id) SELECT CURRENT_TIMESTAMP, 'b', 'label.add', 'message', m.id, NULL, '7',"
          + " -1"
          + ASSIGNED;
  private static final String COUNTERS_READ =
      "SELECT m.id, m.direction, m.status, m.received_at, r.sent_at FROM messages m LEFT JOIN"
          + " replies r ON r.message_id = m.id WHERE m.status = 'ASSIGNED'";

  private static Connection floorConnection(Path base) throws Exception {
    return DriverManager.getConnection("jdbc:h2:file:" + base + ";WRITE_DELAY=0", "firebreak", "");
  }

  /** One statement and its commit, in milliseconds; a query's rows are read and dropped. */
  private static double floorMs(Connection c, String sql) throws Exception {
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      long t0 = System.nanoTime();
      if (sql.startsWith("SELECT")) {
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) {
            rs.getLong(1);
          }
        }
      } else if (st.executeUpdate(sql) == 0) {
        throw new IllegalStateException("no rows: " + sql);
      }
      c.commit();
      return (System.nanoTime() - t0) / 1e6;
    }
  }

  private static void explain(Path base) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "firebreak", "");
        Statement st = c.createStatement()) {
      String ids =
          "(SELECT ARRAY_AGG(id) FROM (SELECT id FROM messages WHERE status = 'ASSIGNED'"
              + " ORDER BY id LIMIT 5000))";
      String[] plans = {
        "EXPLAIN ANALYZE SELECT messages.id FROM messages WHERE status = 'ASSIGNED'"
            + " ORDER BY messages.id",
        "EXPLAIN ANALYZE SELECT m.id FROM UNNEST("
            + ids
            + ") AS u(id) JOIN messages m ON m.id = u.id WHERE NOT EXISTS (SELECT 1 FROM"
            + " message_labels ml WHERE ml.message_id = m.id AND ml.label_id = (SELECT id FROM labels WHERE name_key = 'vip'))",
        "EXPLAIN ANALYZE SELECT m.id, m.direction, m.status, m.received_at, r.sent_at FROM UNNEST("
            + ids
            + ") AS u(id) JOIN messages m ON m.id = u.id LEFT JOIN replies r ON r.message_id = m.id",
      };
      for (String plan : plans) {
        try (ResultSet rs = st.executeQuery(plan)) {
          while (rs.next()) {
            System.out.println(rs.getString(1));
          }
        }
      }
    }
  }
}
