package org.firebreak.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.store.IntakeStore;

/**
 * The one road every message takes in: source → normalise → enrich → batches inserted in one
 * transaction each, de-duplicated on (platform, id) against the run and the database → a notice per
 * batch. A source that turns out unreadable halfway takes back what this run had stored, so a
 * failed import leaves the database as it was; a cancelled one, or one stopped by a full disk,
 * keeps its committed batches.
 */
public final class IntakePipeline {

  public static final int BATCH_SIZE = 1000;
  public static final int MAX_LISTED = 1000;

  /** Batches handed to the writer at once: one being stored, one ready behind it. */
  static final int IN_FLIGHT = 2;

  private final IntakeStore store;
  private final MessageEnricher enricher;
  private final Clock clock;
  private final int batchSize;
  private final java.util.function.Consumer<long[]> afterBatch;

  public IntakePipeline(IntakeStore store, MessageEnricher enricher, Clock clock) {
    this(store, enricher, clock, BATCH_SIZE, ids -> {});
  }

  public IntakePipeline(IntakeStore store, MessageEnricher enricher, Clock clock, int batchSize) {
    this(store, enricher, clock, batchSize, ids -> {});
  }

  /**
   * @param afterBatch told the ids of each batch's new messages once it is committed (the label
   *     rules run here)
   */
  public IntakePipeline(
      IntakeStore store,
      MessageEnricher enricher,
      Clock clock,
      int batchSize,
      java.util.function.Consumer<long[]> afterBatch) {
    this.store = store;
    this.enricher = enricher;
    this.clock = clock;
    this.batchSize = batchSize;
    this.afterBatch = afterBatch;
  }

  /**
   * Reads the whole source (closing it) and stores what it holds.
   *
   * @throws UnreadableSourceException when the source cannot be read; nothing of it is then kept
   */
  public ImportSummary run(String name, MessageSource source, ImportControl control) {
    Run run = new Run(name);
    // one writer per run: the next batches are parsed and enriched while one is stored, and one
    // waits ready behind it, so the writer never idles waiting for the reader to wake up
    java.util.concurrent.ExecutorService writer =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    run.writer = writer;
    try (source) {
      MessageNormaliser normaliser = new MessageNormaliser();
      List<IncomingMessage> batch = new ArrayList<>(batchSize);
      while (!control.isCancelled()) {
        SourceRecord r = source.next();
        if (r == null) {
          break;
        }
        run.read++;
        if (r instanceof Rejection rejection) {
          run.reject(rejection);
          continue;
        }
        MessageNormaliser.Result result = normaliser.normalise((RawMessage) r, clock.instant());
        if (result.rejection() != null) {
          run.reject(result.rejection());
        } else {
          batch.add(enricher.enrich(result.message()));
        }
        if (batch.size() >= batchSize) {
          flush(run, batch, control);
        }
      }
      boolean cancelled = control.isCancelled();
      if (!cancelled) {
        flush(run, batch, control);
      }
      awaitWriter(run);
      control.progress(run.read);
      List<String> warnings = new ArrayList<>(source.warnings());
      if (normaliser.spreadsheetIds() > 0) {
        warnings.add(
            name
                + ": "
                + normaliser.spreadsheetIds()
                + " ids look like numbers a spreadsheet rounded (e.g. 1.23457E+17): the id column"
                + " is not usable; export ids as text or choose another column with --map id=COLUMN");
      }
      if (run.rejected > MAX_LISTED) {
        warnings.add(name + ": only the first " + MAX_LISTED + " rejections are listed");
      }
      return new ImportSummary(
          name,
          run.read,
          run.imported,
          run.duplicates,
          run.rejected,
          run.rejections,
          warnings,
          cancelled);
    } catch (RuntimeException e) {
      try {
        awaitWriter(run);
      } catch (RuntimeException stored) {
        if (stored != e) {
          e.addSuppressed(stored);
        }
      }
      if (!diskFull(e)) {
        takeBack(run, e);
      }
      throw e;
    } finally {
      writer.shutdown();
    }
  }

  /** Waits for every batch handed to the writer; a failure there is the run's failure. */
  private static void awaitWriter(Run run) {
    while (!run.pending.isEmpty()) {
      awaitOldest(run);
    }
  }

  /** Waits for the oldest batch handed to the writer. */
  private static void awaitOldest(Run run) {
    java.util.concurrent.Future<?> pending = run.pending.poll();
    if (pending == null) {
      return;
    }
    try {
      pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("import interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      run.pending.clear(); // the batches behind a failed one see run.failed and store nothing
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void flush(Run run, List<IncomingMessage> batch, ImportControl control) {
    if (batch.isEmpty()) {
      return;
    }
    // bounded hand-off: one batch being stored and one waiting behind it at most
    while (run.pending.size() >= IN_FLIGHT) {
      awaitOldest(run);
    }
    if (control.isCancelled()) {
      batch.clear(); // cancelled while the previous batch was stored: this one is never written
      return;
    }
    List<IncomingMessage> toStore = List.copyOf(batch);
    long readSoFar = run.read;
    batch.clear();
    run.pending.add(run.writer.submit(() -> store(run, toStore, readSoFar, control)));
  }

  private void store(Run run, List<IncomingMessage> batch, long readSoFar, ImportControl control) {
    if (run.failed || control.isCancelled()) {
      return; // queued behind a batch that failed, or cancelled meanwhile: never written
    }
    try {
      IntakeStore.StoredBatch stored = store.insert(batch);
      run.newIds.add(stored.newIds());
      if (stored.newIds().length > 0) {
        afterBatch.accept(stored.newIds());
      }
      run.imported += stored.result().inserted();
      run.duplicates += stored.result().duplicates();
      control.stored(
          new BatchStored(
              run.name, stored.result().inserted(), stored.result().duplicates(), readSoFar));
      control.progress(readSoFar);
    } catch (RuntimeException e) {
      run.failed = true;
      throw e;
    }
  }

  /**
   * A full disk keeps the committed batches, as a cancel does: the message says to free space and
   * run the import again, which adds only the rest (ADR 0021).
   */
  private static boolean diskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof org.firebreak.store.DiskFullException) {
        return true;
      }
    }
    return false;
  }

  private void takeBack(Run run, RuntimeException cause) {
    try {
      for (long[] ids : run.newIds) {
        store.remove(ids);
      }
    } catch (RuntimeException undo) {
      cause.addSuppressed(undo);
    }
  }

  /** Counts of one run in progress. */
  private static final class Run {
    java.util.concurrent.ExecutorService writer;
    final java.util.ArrayDeque<java.util.concurrent.Future<?>> pending =
        new java.util.ArrayDeque<>();
    volatile boolean failed;
    final String name;
    final List<Rejection> rejections = new ArrayList<>();
    final List<long[]> newIds = new ArrayList<>();
    long read;
    long imported;
    long duplicates;
    long rejected;

    Run(String name) {
      this.name = name;
    }

    void reject(Rejection r) {
      rejected++;
      if (rejections.size() < MAX_LISTED) {
        rejections.add(r);
      }
    }
  }
}
