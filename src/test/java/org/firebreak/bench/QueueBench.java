package org.firebreak.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Supplier;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.queue.QueueSort;

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
    BenchData.printSetup(file, n);

    double jackson = perSecond(n, () -> jacksonDiscard(file));
    double ours = perSecond(n, () -> parseOnly(file));
    Figures.compare(
        "parse_rate",
        ours,
        "records/s",
        jackson,
        "Jackson streaming parser reading and discarding the file");

    Path db = ImportBench.measure(dir, file, n);

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
}
