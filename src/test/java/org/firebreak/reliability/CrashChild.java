package org.firebreak.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.LiveIntake;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.webhook.WebhookSecret;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;

/**
 * The process the crash tests kill with SIGKILL. It reports on stdout each unit of work the moment
 * it is committed, so the parent knows what must survive.
 */
public final class CrashChild {
  private CrashChild() {}

  public static void main(String[] args) {
    Path db = Path.of(args[1]);
    try (Services s = Services.open(db, Clock.systemUTC())) {
      if (args[0].equals("import")) {
        ImportControl control =
            new ImportControl(read -> {}, batch -> report("committed " + batch.imported()));
        s.intake()
            .run(
                "crash.ndjson",
                new SourceOpener(ColumnMapping.generic())
                    .open(Path.of(args[2]), SourceFormat.NDJSON),
                control);
        report("finished");
      } else if (args[0].equals("webhook")) {
        listen(s, Path.of(args[2]));
      } else if (args[0].equals("export")) {
        ExportRounds.run(s, Path.of(args[2]), CrashChild::report);
      } else if (args[0].equals("approve")) {
        var statements = s.statementService();
        for (int round = 0; ; round++) {
          var draft =
              statements.createDraft(
                  org.firebreak.statements.StatementKind.UPDATE,
                  "Update " + round,
                  "We are sorry. We take full responsibility. Help: https://example.org/help",
                  "Ayu Lestari",
                  "Ayu Lestari");
          statements.submitForReview(draft.id(), "Ayu Lestari");
          statements.approve(draft.id(), "Tom Becker");
          report("committed approve " + draft.id() + " 1");
          statements.publish(
              draft.id(),
              org.firebreak.incident.Platform.X,
              java.time.Instant.now(),
              null,
              null,
              "Ayu Lestari");
          report("committed publish " + draft.id() + " 1");
        }
      } else {
        for (int round = 0; ; round++) {
          List<Long> ids =
              s
                  .messages()
                  .page(
                      QueueQuery.newestFirst()
                          .withStatus(MessageStatus.NEEDS_REPLY)
                          .withWindow(0, 100))
                  .stream()
                  .map(Message::id)
                  .toList();
          if (ids.isEmpty()) {
            report("finished");
            return;
          }
          var change =
              s.triage().recordReply(ids, "Bulk reply " + round, Optional.empty(), "crash-child");
          report("committed " + change.id() + " " + change.messagesChanged());
          if (round % 3 == 2) {
            s.triage().undo(change.id(), "crash-child");
            report("undone " + change.id());
          }
        }
      }
    }
  }

  /**
   * The real local webhook on 127.0.0.1 (a free port, the secret in {@code secretFile}); prints
   * {@code port N} and serves until killed. The parent counts what got 200.
   */
  private static void listen(Services s, Path secretFile) {
    try (LiveIntake live =
        new LiveIntake(
            s.intake(), s.liveIntake(), s.clock(), new WebhookSecret(secretFile), line -> {})) {
      int port = live.apply(new LiveIntake.Settings(true, 0, null)).webhookPort();
      report("port " + port);
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void report(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
