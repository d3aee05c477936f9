package org.firebreak.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.firebreak.intake.folder.FolderWatch;
import org.firebreak.intake.folder.WatchedFileImporter;
import org.firebreak.intake.webhook.WebhookIntake;
import org.firebreak.intake.webhook.WebhookSecret;
import org.firebreak.intake.webhook.WebhookServer;
import org.firebreak.store.LiveIntakeStore;

/**
 * The sources that run on their own: the local webhook and the watched folder, started and stopped
 * as the settings say. Both feed the one intake pipeline. Blocking: call it off the FX thread.
 */
public final class LiveIntake implements AutoCloseable {

  /** Poll period of the watched folder (a change notice makes it sooner). */
  public static final Duration FOLDER_POLL = Duration.ofSeconds(2);

  /**
   * @param webhookPort 0 picks a free port (tests)
   * @param watchFolder null when no folder is watched
   */
  public record Settings(boolean webhook, int webhookPort, Path watchFolder) {
    public static final Settings OFF = new Settings(false, 0, null);
  }

  /** What is running: the webhook's port (0 when off) and the folder watched (null when none). */
  public record Status(int webhookPort, Path watching) {}

  private final IntakePipeline pipeline;
  private final LiveIntakeStore store;
  private final Clock clock;
  private final WebhookSecret secret;
  private final Consumer<String> arrived;
  private ScheduledExecutorService folderThread;
  private Settings settings = Settings.OFF;
  private WebhookServer webhook;
  private FolderWatch folder;

  /**
   * @param arrived told (on a worker thread) one line each time a source stored something
   */
  public LiveIntake(
      IntakePipeline pipeline,
      LiveIntakeStore store,
      Clock clock,
      WebhookSecret secret,
      Consumer<String> arrived) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
    this.secret = secret;
    this.arrived = arrived;
  }

  /**
   * Starts and stops sources to match; a source whose settings did not change keeps running.
   *
   * @throws java.io.UncheckedIOException when the port is taken or the folder cannot be made; the
   *     other source is still applied
   */
  public synchronized Status apply(Settings next) {
    RuntimeException failure = null;
    boolean webhookChanged =
        next.webhook() != settings.webhook() || next.webhookPort() != settings.webhookPort();
    if (webhookChanged || (next.webhook() && webhook == null)) {
      stopWebhook();
      if (next.webhook()) {
        try {
          webhook = startWebhook(next.webhookPort());
        } catch (RuntimeException e) {
          failure = e;
        }
      }
    }
    if (!Objects.equals(next.watchFolder(), settings.watchFolder())
        || (next.watchFolder() != null && folder == null)) {
      stopFolder();
      if (next.watchFolder() != null) {
        try {
          FolderWatch watch =
              new FolderWatch(
                  next.watchFolder(),
                  new WatchedFileImporter(pipeline, store, clock),
                  o -> arrived.accept(o.detail()));
          if (folderThread == null) {
            folderThread =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("watched-folder"));
          }
          watch.start(folderThread, FOLDER_POLL);
          folder = watch;
        } catch (RuntimeException e) {
          failure = failure == null ? e : failure;
        }
      }
    }
    settings = next;
    if (failure != null) {
      throw failure;
    }
    return status();
  }

  private WebhookServer startWebhook(int port) {
    WebhookServer.Limits limits = WebhookServer.Limits.defaults();
    WebhookIntake intake =
        new WebhookIntake(
            pipeline,
            store,
            clock,
            limits.maxAge().multipliedBy(2),
            s -> arrived.accept(s.source() + ": " + s.line()));
    return WebhookServer.start(port, () -> secret.read().orElse(null), intake, clock, limits);
  }

  public synchronized Status status() {
    return new Status(
        webhook == null ? 0 : webhook.port(), folder == null ? null : folder.folder());
  }

  private void stopWebhook() {
    if (webhook != null) {
      webhook.close();
      webhook = null;
    }
  }

  private void stopFolder() {
    if (folder != null) {
      folder.close();
      folder = null;
    }
  }

  @Override
  public synchronized void close() {
    stopWebhook();
    stopFolder();
    if (folderThread != null) {
      folderThread.shutdownNow();
    }
  }
}
