package org.firebreak.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.queue.QueueSort;
import org.firebreak.store.Database;

/**
 * Issue 3's speed and memory figures, each printed beside its limit in one run on the same data:
 * parse rate, import rate, queue queries at N messages, heap after GC, and the flood (the queue
 * open while messages pour in; {@code -Dbench.flood.seconds=0} skips it). Not a test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java [-Dbench.messages=1000000]}
 */
public final class QueueBench {

  private QueueBench() {}

  public static void main(String[] args) throws Exception {
    BenchData.inTempDir("firebreak-bench", QueueBench::run);
  }

  private static void run(int n, Path dir) throws Exception {
    Path file = dir.resolve("messages.ndjson");
    BenchData.writeNdjson(file, n);
    System.out.printf(
        "{\"setup\":\"%d messages, %d MB of NDJSON, %d cores, max heap %d MB\"}%n",
        n,
        Files.size(file) >> 20,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    double jackson = perSecond(n, () -> jacksonDiscard(file));
    double ours = perSecond(n, () -> parseOnly(file));
    Figures.compare(
        "parse_rate",
        ours,
        "records/s",
        jackson,
        "Jackson streaming parser reading and discarding the file");

    // both sides warmed up first (the JIT, H2's code paths), then timed plain, import, plain
    // again: the limit is the faster plain run, so neither side gains from running later
    int warm = Math.max(1000, Math.min(20_000, n / 5));
    Path warmFile = dir.resolve("warm.ndjson");
    BenchData.writeNdjson(warmFile, warm);
    importInto(dir.resolve("warm-import"), warmFile, warm);
    plainInsert(dir.resolve("warm-plain"), warm);
    double plainBefore = n / (plainInsert(dir.resolve("plain"), n) / 1e9);
    Path db = dir.resolve("queue");
    double imported = importInto(db, file, n);
    double plainAfter = n / (plainInsert(dir.resolve("plain-again"), n) / 1e9);
    double plain = Math.max(plainBefore, plainAfter);
    System.out.printf(
        java.util.Locale.ROOT,
        "{\"setup\":\"warm-up: %d messages each side; plain insert %.0f/s before the import,"
            + " %.0f/s after; the faster is the limit\"}%n",
        warm,
        plainBefore,
        plainAfter);
    Figures.rate(
        "import_rate",
        imported,
        "messages/s",
        plain,
        "plain H2 batch insert of the same rows into the same schema: row, preview, indexes and search words",
        0.7);

    try (Services s = Services.open(db, Clock.systemUTC())) {
      QueueQuery first = QueueQuery.newestFirst();
      query("queue_first_page", () -> s.messages().page(first).size() + s.messages().count(first));
      query(
          "queue_filter_change",
          () -> {
            QueueQuery q = first.withStatus(MessageStatus.NEEDS_REPLY);
            return s.messages().page(q).size() + s.messages().count(q);
          });
      query(
          "queue_search",
          () -> {
            QueueQuery q = first.withSearch("lawyer");
            return s.messages().page(q).size() + s.messages().count(q);
          });
      query(
          "queue_search_rare_term",
          () -> {
            // a word in one message only: the search reads the whole table
            QueueQuery q = first.withSearch("#" + (n / 2) + " ");
            return s.messages().page(q).size() + s.messages().count(q);
          });
      query(
          "queue_sort_priority",
          () ->
              s.messages()
                  .page(
                      new QueueQuery(
                          first.status(),
                          first.search(),
                          QueueSort.PRIORITY,
                          true,
                          0,
                          QueueQuery.DEFAULT_LIMIT))
                  .size());
      // what a queue refresh read every time before QueueTotals, and now only after a change
      query(
          "queue_refresh_totals",
          () -> {
            java.time.Instant now = java.time.Instant.now();
            return s.messages()
                    .count(
                        QueueQuery.newestFirst()
                            .withFilter(org.firebreak.queue.QueueFilter.NONE.withOverdueAsOf(now)))
                + s.team().openLoad().size();
          });
      s.messages().page(first);
      System.gc();
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      Figures.ceiling("heap_after_gc_queue_open", heap / 1048576.0, "MB", 300);
      if (Integer.getInteger("bench.flood.seconds", 60) > 0) {
        FloodBench.run(s);
      }
    }
  }

  /** Imports a file into a new database; messages per second. */
  private static double importInto(Path db, Path file, int n) {
    try (Services s = Services.open(db, Clock.systemUTC())) {
      long t0 = System.nanoTime();
      ImportSummary summary =
          s.intake().run(file.getFileName().toString(), open(file), ImportControl.silent());
      double rate = summary.imported() / ((System.nanoTime() - t0) / 1e9);
      if (summary.imported() != n) {
        throw new IllegalStateException("imported " + summary.imported() + " of " + n);
      }
      return rate;
    }
  }

  private static MessageSource open(Path file) {
    return new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.NDJSON);
  }

  private static void query(String name, Supplier<Object> work) {
    for (int i = 0; i < 3; i++) {
      work.get();
    }
    long[] nanos = new long[21];
    for (int i = 0; i < nanos.length; i++) {
      long t0 = System.nanoTime();
      work.get();
      nanos[i] = System.nanoTime() - t0;
    }
    Figures.ceiling(name + "_p50", Figures.percentile(nanos, 0.5), "ms", 100);
    Figures.ceiling(name + "_p95", Figures.percentile(nanos, 0.95), "ms", 100);
  }

  private interface Work {
    void run() throws Exception;
  }

  private static double perSecond(int n, Work work) throws Exception {
    long t0 = System.nanoTime();
    work.run();
    return n / ((System.nanoTime() - t0) / 1e9);
  }

  private static void jacksonDiscard(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = new JsonFactory().createParser(in)) {
      while (p.nextToken() != null) {
        // read and discard
      }
    }
  }

  private static void parseOnly(Path file) {
    try (MessageSource source = open(file)) {
      while (source.next() != null) {
        // read and discard
      }
    }
  }

  /**
   * The storage limit: the same rows straight into the same schema, 1,000 per commit, with what the
   * schema asks of every stored message: its preview and its words in the search index.
   */
  private static long plainInsert(Path base, int n) throws Exception {
    long nanos = 0;
    try (Database db = Database.open(base)) {
      for (int from = 0; from < n; from += 1000) {
        // the rows are made before the clock starts: the import reads its file on another thread
        List<BenchData.Row> rows = new ArrayList<>();
        for (int i = from; i < Math.min(n, from + 1000); i++) {
          rows.add(BenchData.row(i));
        }
        long t0 = System.nanoTime();
        db.write(
            c -> {
              BenchData.plainInsert(c, rows, true);
              return null;
            });
        nanos += System.nanoTime() - t0;
      }
    }
    return nanos;
  }
}
