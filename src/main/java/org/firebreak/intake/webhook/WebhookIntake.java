package org.firebreak.intake.webhook;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.IntakePipeline;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.store.LiveIntakeStore;

/**
 * Hands one verified webhook delivery to the intake pipeline (one JSON message, an array or NDJSON,
 * read exactly as a JSON file is) and remembers its id once its messages are committed. A crash
 * between the two only lets a retry through, whose messages de-duplicate to nothing new.
 */
public final class WebhookIntake {

  private final IntakePipeline pipeline;
  private final LiveIntakeStore store;
  private final Clock clock;
  private final Duration remember;
  private final Consumer<ImportSummary> stored;
  private final SourceOpener opener = new SourceOpener(ColumnMapping.generic());

  /**
   * @param remember how long an accepted id is kept: at least the timestamp window each way
   * @param stored told after each delivery's messages are committed (the console refreshes)
   */
  public WebhookIntake(
      IntakePipeline pipeline,
      LiveIntakeStore store,
      Clock clock,
      Duration remember,
      Consumer<ImportSummary> stored) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
    this.remember = remember;
    this.stored = stored;
  }

  public boolean seen(String deliveryId) {
    return store.deliverySeen(deliveryId);
  }

  /**
   * Stores the delivery's messages; returns once they are committed.
   *
   * @throws org.firebreak.intake.UnreadableSourceException when the body is not JSON
   */
  public ImportSummary take(String deliveryId, byte[] body) {
    ImportSummary summary =
        pipeline.run(
            "webhook delivery " + deliveryId,
            opener.open(
                "webhook delivery " + deliveryId,
                new ByteArrayInputStream(body),
                SourceFormat.JSON),
            ImportControl.silent());
    if (summary.imported() + summary.duplicates() > 0 || summary.rejected() == 0) {
      store.recordDelivery(deliveryId, clock.instant(), clock.instant().minus(remember));
    }
    stored.accept(summary);
    return summary;
  }
}
