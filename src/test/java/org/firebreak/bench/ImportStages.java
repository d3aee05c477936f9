package org.firebreak.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.firebreak.app.Services;
import org.firebreak.intake.BatchStored;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.IncomingMessage;
import org.firebreak.intake.IntakePipeline;
import org.firebreak.intake.LanguageGuess;
import org.firebreak.intake.MessageNormaliser;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.NearDuplicateKey;
import org.firebreak.intake.RawMessage;
import org.firebreak.intake.Sentiment;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.SourceRecord;
import org.firebreak.queue.Message;
import org.firebreak.queue.PriorityScore;
import org.firebreak.queue.SearchTerms;
import org.firebreak.queue.TextPreview;
import org.firebreak.store.IntakeStore;

/**
 * Where an import's time goes: the pipeline's stages run one after another on one thread over the
 * same file, each timed on its own, into a fresh database. Prints one JSON line per stage with its
 * milliseconds, its share of the whole and its rate. The stages that run on the reading thread
 * (parse, normalise, enrich) and those on the writing thread (insert, labels after a batch) are
 * summed apart too, since the import overlaps the two: its rate is bounded by the slower side.
 */
final class ImportStages {

  /** Stands in for the import view's notice handler: a line of text per batch, kept. */
  private static final List<String> SHOWN = new ArrayList<>();

  private static final Consumer<BatchStored> notices =
      b ->
          SHOWN.add(
              b.source() + ": " + b.imported() + " new, " + b.duplicates() + " already stored");

  private ImportStages() {}

  static void run(Path db, Path file, int n) {
    Map<String, Long> nanos = new LinkedHashMap<>();
    for (String stage :
        List.of(
            "parse",
            "normalise",
            "enrich_sentiment",
            "enrich_language",
            "enrich_near_duplicate_key",
            "enrich_priority",
            "insert_preview",
            "insert_search_words",
            "insert_database",
            "de_duplicate",
            "after_batch_label_rules",
            "notices_to_ui")) {
      nanos.put(stage, 0L);
    }
    Sentiment sentiment = Sentiment.vader();
    try (Services s = Services.open(db, Clock.systemUTC());
        MessageSource source =
            new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.NDJSON)) {
      MessageNormaliser normaliser = new MessageNormaliser();
      List<IncomingMessage> batch = new ArrayList<>(IntakePipeline.BATCH_SIZE);
      double sink = 0;
      while (true) {
        long t0 = System.nanoTime();
        SourceRecord r = source.next();
        long t1 = System.nanoTime();
        add(nanos, "parse", t1 - t0);
        if (r == null) {
          break;
        }
        MessageNormaliser.Result result = normaliser.normalise((RawMessage) r, Instant.now());
        long t2 = System.nanoTime();
        add(nanos, "normalise", t2 - t1);
        Message m = result.message().message();
        double score = sentiment.score(m.text());
        long t3 = System.nanoTime();
        String language = LanguageGuess.of(m.text());
        long t4 = System.nanoTime();
        String key = NearDuplicateKey.of(m.text());
        long t5 = System.nanoTime();
        int priority = PriorityScore.of(m.authorReach(), score, m.text());
        long t6 = System.nanoTime();
        // the enricher runs the four parts above again to build the stored message; that second
        // run is left out of the clock (building the record itself is a few field copies)
        IncomingMessage enriched = s.messageEnricher().enrich(result.message());
        long t7 = System.nanoTime();
        String preview = TextPreview.cut(m.text(), 280);
        long t8 = System.nanoTime();
        List<String> words = SearchTerms.of(m.text());
        long t9 = System.nanoTime();
        add(nanos, "enrich_sentiment", t3 - t2);
        add(nanos, "enrich_language", t4 - t3);
        add(nanos, "enrich_near_duplicate_key", t5 - t4);
        add(nanos, "enrich_priority", t6 - t5);
        add(nanos, "insert_preview", t8 - t7);
        add(nanos, "insert_search_words", t9 - t8);
        sink += priority + words.size() + preview.length() + (language == null ? 0 : 1);
        sink += key == null ? 0 : key.length();
        batch.add(enriched);
        if (batch.size() == IntakePipeline.BATCH_SIZE) {
          store(s, batch, nanos);
        }
      }
      store(s, batch, nanos);
      if (sink == 42) {
        System.out.println(); // keeps the JIT from dropping the stages' results
      }
    }
    // the database stage computed the preview and words again inside; count them once
    nanos.put(
        "insert_database",
        Math.max(
            0,
            nanos.get("insert_database")
                - nanos.get("insert_preview")
                - nanos.get("insert_search_words")));
    long total = nanos.values().stream().mapToLong(Long::longValue).sum();
    long reading = 0;
    long writing = 0;
    for (Map.Entry<String, Long> e : nanos.entrySet()) {
      boolean writer =
          e.getKey().startsWith("insert")
              || e.getKey().startsWith("after")
              || e.getKey().startsWith("de_")
              || e.getKey().startsWith("notices");
      if (writer) {
        writing += e.getValue();
      } else {
        reading += e.getValue();
      }
      print("import_stage_" + e.getKey(), e.getValue(), total, n);
    }
    print("import_side_reading_thread", reading, total, n);
    print("import_side_writing_thread", writing, total, n);
    print("import_stages_all_on_one_thread", total, total, n);
  }

  private static void store(Services s, List<IncomingMessage> batch, Map<String, Long> nanos) {
    if (batch.isEmpty()) {
      return;
    }
    long t0 = System.nanoTime();
    IntakeStore.StoredBatch stored = s.intakeStore().insert(batch);
    long t1 = System.nanoTime();
    // the same batch offered again is all duplicates: what it costs is the de-duplicating look-up
    // of the batch's keys, which the insert above made too
    IntakeStore.StoredBatch again = s.intakeStore().insert(batch);
    long t2 = System.nanoTime();
    if (again.result().inserted() != 0) {
      throw new IllegalStateException("a batch offered twice was stored twice");
    }
    s.labelService().applyToNew(stored.newIds());
    long t3 = System.nanoTime();
    // what the import view gets per batch: a notice, then the progress
    notices.accept(
        new BatchStored(
            "stages", stored.result().inserted(), stored.result().duplicates(), batch.size()));
    long t4 = System.nanoTime();
    add(nanos, "insert_database", Math.max(0, (t1 - t0) - (t2 - t1)));
    add(nanos, "de_duplicate", t2 - t1);
    add(nanos, "after_batch_label_rules", t3 - t2);
    add(nanos, "notices_to_ui", t4 - t3);
    batch.clear();
  }

  private static void add(Map<String, Long> nanos, String stage, long delta) {
    nanos.merge(stage, delta, Long::sum);
  }

  private static void print(String name, long nanos, long total, int n) {
    System.out.printf(
        Locale.ROOT,
        "{\"figure\":\"%s\",\"value\":%.0f,\"unit\":\"ms\",\"share\":%.3f,\"rate\":%.0f,"
            + "\"rate_unit\":\"messages/s if this stage ran alone\"}%n",
        name,
        nanos / 1e6,
        (double) nanos / total,
        nanos == 0 ? 0 : n / (nanos / 1e9));
  }
}
