package org.firebreak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

      timed("reply_debt_recomputed", 3, 11, 200, () -> s.statsQuery().replyDebt(Instant.now()));

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

      fxKeystrokes(s);
    }
  }

  /** The FX thread during 100 keystrokes on the whole console (headless), and the collector. */
  static void fxKeystrokes(Services s) throws Exception {
    long[] fx = new FxKeystrokeProbe().run(s, 100);
    fxFigures(fx);
  }

  static void fxFigures(long[] fx) {
    System.out.printf(
        "{\"note\":\"garbage collector: %s\"}%n",
        java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(java.lang.management.GarbageCollectorMXBean::getName)
            .toList());
    Figures.ceiling("keystroke_fx_longest_slice_p50", Figures.percentile(fx, 0.5), "ms", 16);
    Figures.ceiling("keystroke_fx_longest_slice_p95", Figures.percentile(fx, 0.95), "ms", 16);
  }

  /**
   * One triage keystroke committed, status then label, 101 of each, each on a message not touched
   * before (triaging down the queue), after 40 warm-up keystrokes of the same kind: the figure is a
   * keystroke of a console that has been in use, not the first ones while the JIT compiles their
   * code (the warm-up's slowest is printed beside it).
   */
  static void keystrokes(Services s, long label) {
    List<Long> sample =
        s.messages()
            .ids(QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY))
            .subList(0, 2 * (WARM_UP + KEYSTROKES));
    java.util.Iterator<Long> next = sample.iterator();
    timed(
        "keystroke_commit_status",
        WARM_UP,
        KEYSTROKES,
        5,
        () -> s.triage().setStatus(List.of(next.next()), MessageStatus.ESCALATED, "b"));
    timed(
        "keystroke_commit_label",
        WARM_UP,
        KEYSTROKES,
        5,
        () -> s.triage().toggleLabel(List.of(next.next()), label, "b"));
  }

  static long label(Services s, String name) {
    return s.labels().all().stream()
        .filter(l -> l.name().equalsIgnoreCase(name))
        .map(Label::id)
        .findFirst()
        .orElseThrow();
  }

  private static final int WARM_UP = 40;
  private static final int KEYSTROKES = 101;

  private static void timed(String name, int warmUp, int runs, double ceilingMs, Runnable work) {
    long slowestWarmUp = 0;
    for (int i = 0; i < warmUp; i++) {
      long t0 = System.nanoTime();
      work.run();
      slowestWarmUp = Math.max(slowestWarmUp, System.nanoTime() - t0);
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      work.run();
      nanos[i] = System.nanoTime() - t0;
    }
    System.out.printf(
        Locale.ROOT,
        "{\"note\":\"%s: %d runs measured after %d warm-up runs, the slowest of which took"
            + " %.1f ms\"}%n",
        name,
        runs,
        warmUp,
        slowestWarmUp / 1e6);
    Figures.ceiling(name + "_p50", Figures.percentile(nanos, 0.5), "ms", ceilingMs);
    Figures.ceiling(name + "_p95", Figures.percentile(nanos, 0.95), "ms", ceilingMs);
  }
}
