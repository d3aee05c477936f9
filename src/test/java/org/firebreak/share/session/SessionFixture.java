package org.firebreak.share.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.triage.TeamRole;

/** Copies of the demo incident in real H2 files, each with its own clock. */
final class SessionFixture {

  private SessionFixture() {}

  /** The demo incident at {@code dir/name}; the same on every call, as if copied. */
  static Services demo(Path dir, String name, MutableClock clock) {
    Services s = Services.open(dir.resolve(name), clock);
    s.writeDemo();
    clock.advance(Duration.ofMinutes(1));
    return s;
  }

  static MutableClock clock() {
    return new MutableClock(TempDatabase.T0);
  }

  static List<Message> waiting(Services s, int n) {
    return s.messages()
        .page(QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, n));
  }

  static String member(Services s, TeamRole role) {
    return s.team().all().stream().filter(m -> m.role() == role).findFirst().orElseThrow().name();
  }

  static Path export(Services s, Path file) throws Exception {
    new SessionExporter(s.database(), s.clock())
        .export(file, "tester", SessionExporter.Progress.NONE);
    return file;
  }
}
