package org.firebreak.intake;

import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * How the caller follows and steers one import: progress (records read), a notice per committed
 * batch, and cancel. Cancel may be called from any thread; the import stops before its next batch
 * is written, keeping the batches already committed.
 */
public final class ImportControl {

  private final LongConsumer progress;
  private final Consumer<BatchStored> batches;
  private volatile boolean cancelled;

  public ImportControl(LongConsumer progress, Consumer<BatchStored> batches) {
    this.progress = progress;
    this.batches = batches;
  }

  /** No progress, no notices. */
  public static ImportControl silent() {
    return new ImportControl(read -> {}, batch -> {});
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  void progress(long read) {
    progress.accept(read);
  }

  void stored(BatchStored batch) {
    batches.accept(batch);
  }
}
