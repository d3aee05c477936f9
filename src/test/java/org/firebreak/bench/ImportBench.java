package org.firebreak.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.store.Database;

/**
 * Issue 3's import rate against its storage limit, then where the import's time goes, stage by
 * stage. {@link QueueBench} runs it before the queue figures; alone (import figures only):
 *
 * <p>{@code mvn -B -ntp -Pbench test-compile exec:java -Dbench.main=org.firebreak.bench.ImportBench
 * -Dbench.messages=200000}
 */
public final class ImportBench {

  /** Rows per commit on both sides. */
  private static final int BATCH = org.firebreak.intake.IntakePipeline.BATCH_SIZE;

  private ImportBench() {}

  public static void main(String[] args) throws Exception {
    BenchData.inTempDir(
        "firebreak-import-bench",
        (n, dir) -> {
          Path file = dir.resolve("messages.ndjson");
          BenchData.writeNdjson(file, n);
          BenchData.printSetup(file, n);
          measure(dir, file, n);
        });
  }

  /**
   * Warms both sides up (the JIT, H2's code paths), then times the plain insert and the import in
   * the order plain, import, import, plain into fresh files, so neither side gains from running
   * earlier or later; each side's figure is its faster run. Then profiles the stages. Returns the
   * imported database.
   */
  static Path measure(Path dir, Path file, int n) throws Exception {
    int warm = Math.max(1000, Math.min(20_000, n / 5));
    Path warmFile = dir.resolve("warm.ndjson");
    BenchData.writeNdjson(warmFile, warm);
    importInto(dir.resolve("warm-import"), warmFile, warm);
    plainInsert(dir.resolve("warm-plain"), warm);
    // timed runs in the order plain, import, import, plain (more rounds repeat it), each into a
    // fresh file: the order is symmetric, so a load that rises or falls under the run favours
    // neither side; on a shared machine each side keeps its best run (and its best CPU time, which
    // the load moves less)
    int rounds = Integer.getInteger("bench.import.rounds", 2);
    double loadBefore = load();
    double plain = 0;
    double plainCpu = 0;
    double imported = 0;
    double importedCpu = 0;
    Path db = null;
    StringBuilder each = new StringBuilder();
    for (int round = 0; round < rounds; round++) {
      for (boolean importing :
          round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
        if (importing) {
          Path into = dir.resolve("queue-" + round);
          Timed i = importInto(into, file, n);
          if (db == null) {
            db = into;
          }
          imported = Math.max(imported, i.rate(n));
          importedCpu = Math.max(importedCpu, i.cpuRate(n));
          each.append(String.format(java.util.Locale.ROOT, " import %.0f/s,", i.rate(n)));
        } else {
          Timed p = plainInsert(dir.resolve("plain-" + round), n);
          plain = Math.max(plain, p.rate(n));
          plainCpu = Math.max(plainCpu, p.cpuRate(n));
          each.append(String.format(java.util.Locale.ROOT, " plain %.0f/s,", p.rate(n)));
        }
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"setup\":\"warm-up: %d messages each side; then in order:%s each into a fresh"
            + " file; each side's fastest run is its figure; load average %.1f before, %.1f"
            + " after\"}%n",
        warm,
        each.substring(0, each.length() - 1),
        loadBefore,
        load());
    Figures.rate(
        "import_rate",
        imported,
        "messages/s",
        plain,
        "plain H2 batch insert of the same rows into the same schema: row, preview, indexes and search words",
        0.7);
    Figures.compare(
        "import_rate_per_cpu_second",
        importedCpu,
        "messages per CPU-second of the whole JVM",
        plainCpu,
        "the plain insert, per CPU-second of the whole JVM");
    if (Boolean.parseBoolean(System.getProperty("bench.import.stages", "true"))) {
      ImportStages.run(dir.resolve("stages"), file, n);
    }
    return db;
  }

  /** Wall and CPU time of one timed run. */
  record Timed(long nanos, long cpuNanos) {
    double rate(int n) {
      return n / (nanos / 1e9);
    }

    double cpuRate(int n) {
      return n / (cpuNanos / 1e9);
    }
  }

  static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Imports a file into a new database. */
  private static Timed importInto(Path db, Path file, int n) {
    try (Services s = Services.open(db, Clock.systemUTC())) {
      long c0 = cpu();
      long t0 = System.nanoTime();
      ImportSummary summary =
          s.intake()
              .run(
                  file.getFileName().toString(),
                  new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.NDJSON),
                  ImportControl.silent());
      Timed timed = new Timed(System.nanoTime() - t0, cpu() - c0);
      if (summary.imported() != n) {
        throw new IllegalStateException("imported " + summary.imported() + " of " + n);
      }
      return timed;
    }
  }

  /**
   * The storage limit: the same rows straight into the same schema, as many per commit as the
   * import, with what the schema asks of every stored message: its preview and its words in the
   * search index.
   */
  private static Timed plainInsert(Path base, int n) throws Exception {
    long nanos = 0;
    long cpuNanos = 0;
    try (Database db = Database.open(base)) {
      for (int from = 0; from < n; from += BATCH) {
        // the rows are made before the clock starts: the import reads its file on another thread
        List<BenchData.Row> rows = new ArrayList<>();
        for (int i = from; i < Math.min(n, from + BATCH); i++) {
          rows.add(BenchData.row(i));
        }
        long c0 = cpu();
        long t0 = System.nanoTime();
        db.write(
            c -> {
              BenchData.plainInsert(c, rows, true);
              return null;
            });
        nanos += System.nanoTime() - t0;
        cpuNanos += cpu() - c0;
      }
    }
    return new Timed(nanos, cpuNanos);
  }
}
