package org.firebreak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.firebreak.app.Services;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.triage.BulkAction;
import org.firebreak.triage.BulkProgress;
import org.firebreak.triage.ChangeSet;
import org.firebreak.triage.Label;

/**
 * Issue 4's speed figures beside their limits, on one database of N messages: reply debt
 * recomputed, one triage keystroke committed, the FX thread during a keystroke (headless), and a
 * bulk label over every message matching a filter (a tenth of N). Not a test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.TriageBench [-Dbench.messages=1000000]}
 */
public final class TriageBench {

  private TriageBench() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.getInteger("bench.messages", 1_000_000);
    Path dir = Files.createTempDirectory("firebreak-triage-bench");
    try {
      run(n, dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    System.exit(0);
  }

  private static void run(int n, Path dir) throws Exception {
    Instant now = Instant.now();
    try (Services s = Services.open(dir.resolve("triage"), Clock.systemUTC())) {
      long t0 = System.nanoTime();
      TriageData.write(s, n, now);
      System.out.printf(
          "{\"setup\":\"%d messages written set-wise in %.1f s, %d cores, max heap %d MB\"}%n",
          n,
          (System.nanoTime() - t0) / 1e9,
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() >> 20);

      timed("reply_debt_recomputed", 11, 200, () -> s.statsQuery().replyDebt(Instant.now()));

      long vip = label(s, "VIP");
      keystrokes(s, vip);

      QueueQuery assigned = QueueQuery.newestFirst().withStatus(MessageStatus.ASSIGNED);
      long b0 = System.nanoTime();
      List<Long> ids = s.messages().ids(assigned);
      ChangeSet change = s.triage().bulk(ids, new BulkAction.AddLabel(vip), "b", BulkProgress.NONE);
      double bulkMs = (System.nanoTime() - b0) / 1e6;
      System.out.printf(
          "{\"note\":\"bulk label: %d messages matched the filter status=ASSIGNED, %d changed\"}%n",
          ids.size(), change.messagesChanged());
      Figures.ceiling("bulk_label_matching_filter_ms", bulkMs, "ms", 2000);
      long u0 = System.nanoTime();
      s.triage().undo(change.id(), "b");
      Figures.ceiling("bulk_label_undo_ms", (System.nanoTime() - u0) / 1e6, "ms", 2000);

      long[] fx = new FxKeystrokeProbe().run(s, 30);
      Figures.ceiling("keystroke_fx_longest_slice_p50", Figures.percentile(fx, 0.5), "ms", 16);
      Figures.ceiling("keystroke_fx_longest_slice_p95", Figures.percentile(fx, 0.95), "ms", 16);
    }
  }

  /** One triage keystroke committed, status then label, 51 of each after 3 warm-ups. */
  static void keystrokes(Services s, long label) {
    List<Long> sample =
        s.messages()
            .ids(QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY))
            .subList(0, 120);
    int[] next = {0};
    timed(
        "keystroke_commit_status",
        51,
        5,
        () -> s.triage().setStatus(List.of(sample.get(next[0]++)), MessageStatus.ESCALATED, "b"));
    timed(
        "keystroke_commit_label",
        51,
        5,
        () -> s.triage().toggleLabel(List.of(sample.get(next[0]++ % 120)), label, "b"));
  }

  static long label(Services s, String name) {
    return s.labels().all().stream()
        .filter(l -> l.name().equalsIgnoreCase(name))
        .map(Label::id)
        .findFirst()
        .orElseThrow();
  }

  private static void timed(String name, int runs, double ceilingMs, Supplier<Object> work) {
    for (int i = 0; i < 3; i++) {
      work.get();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.get();
      nanos[i] = System.nanoTime() - t0;
    }
    Figures.ceiling(name + "_p50", Figures.percentile(nanos, 0.5), "ms", ceilingMs);
    Figures.ceiling(name + "_p95", Figures.percentile(nanos, 0.95), "ms", ceilingMs);
  }
}
