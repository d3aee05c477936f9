package org.firebreak.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;

/**
 * The export crash child's work: round after round, one reply recorded (so each file differs from
 * the last), then the session file, the CSV report and the after-action report rewritten in place.
 */
final class ExportRounds {
  static final String SESSION = "incident.firebreak";
  static final String CSV = "queue.csv";
  static final String HTML = "after-action.html";

  private ExportRounds() {}

  static void run(Services s, Path folder, Consumer<String> report) {
    try {
      for (int round = 0; ; round++) {
        List<Long> next =
            s
                .messages()
                .page(
                    QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, 1))
                .stream()
                .map(Message::id)
                .toList();
        if (!next.isEmpty()) {
          s.triage().recordReply(next, "Export round " + round, Optional.empty(), "crash-child");
        }
        s.sessionExporter()
            .export(
                folder.resolve(SESSION),
                "crash-child",
                org.firebreak.share.session.SessionExporter.Progress.NONE);
        report.accept("committed session " + round + " 1");
        s.csvReport().write(folder.resolve(CSV), Optional.empty());
        report.accept("committed csv " + round + " 1");
        s.afterActionReport().write(folder.resolve(HTML), "en");
        report.accept("committed html " + round + " 1");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
