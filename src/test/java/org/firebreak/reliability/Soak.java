package org.firebreak.reliability;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.firebreak.app.Services;
import org.firebreak.incident.FirstResponseWindow;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.statements.StatementKind;

/**
 * The soak run (profile {@code soak}): for {@code -Dsoak.minutes} (60 by default) it feeds intake
 * at a steady rate, reads the queue as the console does, replies in bulk and undoes, approves and
 * publishes, exports the session and lets automatic backups run, on the real clock, with the
 * console open headless ({@code -Dsoak.console=false} leaves it shut) and looked at every ten
 * seconds. Each minute it prints the heap after a confirmed full GC, H2's page cache, the crisis
 * clock's drift from a monotonic timer, file sizes and errors; then one summary line against the
 * targets (heap growth under 10% after warm-up, drift under one second, no errors).
 */
public final class Soak {

  private Soak() {}

  public static void main(String[] args) throws Exception {
    long minutes = Long.getLong("soak.minutes", 60);
    int perSecond = Integer.getInteger("soak.rate", 20);
    boolean withConsole = Boolean.parseBoolean(System.getProperty("soak.console", "true"));
    Path dir = Files.createTempDirectory("firebreak-soak");
    Path base = dir.resolve("incident");
    HeapAfterGc heapAfterGc = new HeapAfterGc();
    ScheduledExecutorService load = Executors.newSingleThreadScheduledExecutor();
    long[] errors = {0};
    long[] imported = {0};
    try (Services s = Services.open(base, Clock.systemUTC())) {
      s.writeDemo();
      SoakConsole console = withConsole ? SoakConsole.open(s) : null;
      FirstResponseWindow window = s.incidents().current().orElseThrow().firstResponseWindow();
      long startNanos = System.nanoTime();
      Instant declared = window.start();
      // the demo's clock started before now: drift is the change in that offset, not the offset
      Duration offset = Duration.between(declared, Instant.now());
      long[] second = {0};
      load.scheduleAtFixedRate(
          () -> {
            try {
              long now = second[0]++;
              tick(s, now, perSecond, imported, dir);
              if (console != null && now % 10 == 0) {
                console.lookAtQueue();
              }
            } catch (RuntimeException | java.io.IOException | InterruptedException e) {
              errors[0]++;
              System.err.println("soak error: " + e);
            }
          },
          0,
          1,
          TimeUnit.SECONDS);
      List<Double> heapMb = new ArrayList<>();
      double worstDrift = 0;
      for (long minute = 1; minute <= minutes; minute++) {
        TimeUnit.MINUTES.sleep(1);
        double heap = heapAfterGc.usedBytes() / 1e6;
        heapMb.add(heap);
        Duration byClock = Duration.between(declared, Instant.now()).minus(offset);
        Duration byTimer = Duration.ofNanos(System.nanoTime() - startNanos);
        double drift = Math.abs(byClock.minus(byTimer).toMillis()) / 1000.0;
        worstDrift = Math.max(worstDrift, drift);
        long[] cache = s.database().pageCacheMegabytes();
        long[] rounds = s.database().housekeepingTally();
        System.out.printf(
            Locale.ROOT,
            "{\"soak\":\"minute\",\"minute\":%d,\"heap_after_gc_mb\":%.1f,\"clock_drift_s\":%.3f,"
                + "\"db_mb\":%.1f,\"cache_mb\":%d,\"cache_max_mb\":%d,\"backups_mb\":%.1f,"
                + "\"compactions\":%d,\"skipped\":%d,\"failed\":%d,\"trims\":%d,"
                + "\"imported\":%d,\"console_looks\":%d,\"errors\":%d}%n",
            minute,
            heap,
            drift,
            Files.size(s.database().dataFile()) / 1e6,
            cache[0],
            cache[1],
            folderSize(org.firebreak.store.Backups.folder(base)) / 1e6,
            rounds[0],
            rounds[1],
            rounds[2],
            rounds[3],
            imported[0],
            console == null ? 0 : console.looks(),
            errors[0]);
      }
      load.shutdown();
      load.awaitTermination(1, TimeUnit.MINUTES);
      HeapGrowth growth = HeapGrowth.of(heapMb);
      CrashFigures.record(
          String.format(
              Locale.ROOT,
              "{\"soak\":\"summary\",\"minutes\":%d,\"rate_per_s\":%d,\"console\":%b,"
                  + "\"imported\":%d,\"heap_warm_median_mb\":%.1f,\"heap_end_median_mb\":%.1f,"
                  + "\"heap_growth_pct\":%.1f,\"worst_clock_drift_s\":%.3f,\"db_mb\":%.1f,"
                  + "\"backups_kept\":%d,\"errors\":%d,\"met\":%b}",
              minutes,
              perSecond,
              console != null,
              imported[0],
              growth.warmMb(),
              growth.endMb(),
              growth.percent(),
              worstDrift,
              Files.size(s.database().dataFile()) / 1e6,
              org.firebreak.store.Backups.list(base).size(),
              errors[0],
              growth.percent() < 10 && worstDrift < 1 && errors[0] == 0));
      if (console != null) {
        console.close();
      }
    } finally {
      load.shutdownNow();
    }
  }

  /** One second of mixed work. */
  private static void tick(Services s, long second, int perSecond, long[] imported, Path dir)
      throws java.io.IOException {
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < perSecond; i++) {
      long n = second * perSecond + i;
      ndjson
          .append("{\"id\":\"soak")
          .append(n)
          .append("\",\"platform\":\"x\",\"author\":\"a")
          .append(n % 211)
          .append("\",\"text\":\"Still no power on street ")
          .append(n % 97)
          .append(", when will it be fixed?\",\"created_at\":\"")
          .append(Instant.now())
          .append("\"}\n");
    }
    var summary =
        s.intake()
            .run(
                "soak.ndjson",
                new SourceOpener(ColumnMapping.generic())
                    .open(
                        "soak.ndjson",
                        new ByteArrayInputStream(
                            ndjson.toString().getBytes(StandardCharsets.UTF_8)),
                        SourceFormat.NDJSON),
                ImportControl.silent());
    imported[0] += summary.imported();
    // the console's queue: first page, newest first, and the counts
    s.messages().page(QueueQuery.newestFirst().withWindow(0, 200));
    s.statsQuery().replyDebt(Instant.now());
    if (second % 5 == 0) {
      List<Long> ids =
          s
              .messages()
              .page(
                  QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, 20))
              .stream()
              .map(Message::id)
              .toList();
      if (!ids.isEmpty()) {
        var change = s.triage().recordReply(ids, "We are on it", Optional.empty(), "soak");
        if (second % 15 == 0) {
          s.triage().undo(change.id(), "soak");
        }
      }
    }
    if (second % 60 == 30) {
      var draft =
          s.statementService()
              .createDraft(
                  StatementKind.UPDATE,
                  "Update " + second,
                  "We are sorry. Crews are working. Help: https://example.org/help",
                  "Ayu Lestari",
                  "Ayu Lestari");
      s.statementService().submitForReview(draft.id(), "Ayu Lestari");
      s.statementService().approve(draft.id(), "Tom Becker");
    }
    if (second % 300 == 120) {
      s.sessionExporter()
          .export(dir.resolve("soak.firebreak"), "soak", SessionExporter.Progress.NONE);
    }
    if (second % 60 == 0) {
      s.autoBackup().tick();
    }
  }

  private static long folderSize(Path folder) throws java.io.IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
