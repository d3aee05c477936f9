package org.firebreak.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.firebreak.app.Services;
import org.firebreak.intake.DaemonThreads;
import org.firebreak.intake.LiveIntake;
import org.firebreak.intake.webhook.WebhookSecret;
import org.firebreak.intake.webhook.WebhookServer;
import org.firebreak.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `firebreak listen`: the local webhook and/or a watched folder, headless, until stopped. */
@Command(
    name = "listen",
    mixinStandardHelpOptions = true,
    description = {
      "Take messages in as they come, until stopped (Ctrl+C): from monitoring tools on this"
          + " computer through the local webhook (127.0.0.1 only, signed requests), and from files"
          + " dropped in a watched folder (each imported once, then moved to done/ or failed/).",
      "The first --webhook run makes a secret and prints it once; --new-secret replaces it."
    })
final class ListenCommand implements Callable<Integer> {

  @Mixin DatabaseOption database;

  @Option(names = "--webhook", description = "Listen on http://127.0.0.1:PORT/messages.")
  boolean webhook;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8787",
      description = "Webhook port (default: 8787).")
  int port;

  @Option(names = "--watch", paramLabel = "DIR", description = "Import files dropped in DIR.")
  Path watch;

  @Option(
      names = "--secret-file",
      paramLabel = "FILE",
      description =
          "Where the webhook secret is kept (default: webhook-secret in the data folder).")
  Path secretFile;

  @Option(
      names = "--new-secret",
      description = "Make a new webhook secret and print it once (the old one stops working).")
  boolean newSecret;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    WebhookSecret secret =
        new WebhookSecret(
            secretFile != null
                ? secretFile
                : DatabaseLocation.dataFolderForThisUser().resolve(WebhookSecret.FILE_NAME));
    if (newSecret || (webhook && secret.read().isEmpty())) {
      String hex = secret.regenerate();
      out.println("webhook secret (shown once; copy it into the monitoring tool): " + hex);
      out.println("fingerprint: " + WebhookSecret.fingerprint(HexFormat.of().parseHex(hex)));
      out.flush();
    }
    if (!webhook && watch == null) {
      if (newSecret) {
        return 0;
      }
      err.println("firebreak: nothing to listen to; give --webhook, --watch DIR or both");
      err.println("Usage: firebreak listen [--webhook [--port N]] [--watch DIR] [--db PATH]");
      return FriendlyErrors.USAGE;
    }
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    Thread hook = DaemonThreads.named("listen-stop").newThread(() -> stopAndWait(stop, closed));
    Runtime.getRuntime().addShutdownHook(hook);
    try (Services services = database.open();
        LiveIntake live =
            new LiveIntake(
                services.intake(),
                services.liveIntake(),
                services.clock(),
                secret,
                line -> {
                  out.println(line);
                  out.flush();
                })) {
      LiveIntake.Status status;
      try {
        status = live.apply(new LiveIntake.Settings(webhook, port, watch));
      } catch (UncheckedIOException e) {
        err.println("firebreak: " + e.getMessage());
        return FriendlyErrors.FAILED;
      }
      if (status.webhookPort() > 0) {
        out.println("webhook: http://127.0.0.1:" + status.webhookPort() + WebhookServer.PATH);
      }
      if (status.watching() != null) {
        out.println("watching: " + status.watching().toAbsolutePath());
      }
      out.println("listening until stopped (Ctrl+C)");
      out.flush();
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closed.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: it is what stopped us
      }
    }
    return 0;
  }

  /** On Ctrl+C / SIGTERM: stop waiting, and let the sources and the database close in order. */
  private static void stopAndWait(CountDownLatch stop, CountDownLatch closed) {
    stop.countDown();
    try {
      closed.await(15, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
