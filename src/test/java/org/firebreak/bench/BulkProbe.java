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

  private static void run(Path base) {
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
