package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel, as the progress window's button asks for it: nothing half done is left behind. */
class SessionCancelTest {

  @TempDir Path dir;

  /** Cancels once the work has reported some progress (or at once, when {@code rows} is 0). */
  private static SessionExporter.Progress cancelAfter(long rows) {
    return new SessionExporter.Progress() {
      private long seen;

      @Override
      public void rows(long done, long total) {
        seen = done;
      }

      @Override
      public boolean cancelled() {
        return seen >= rows;
      }
    };
  }

  private Path colleaguesFile() throws Exception {
    MutableClock clock = SessionFixture.clock();
    try (Services two = SessionFixture.demo(dir, "two", clock)) {
      List<Message> queue = SessionFixture.waiting(two, 3);
      two.triage()
          .recordReply(
              List.of(queue.get(0).id()), "A refund is on its way.", Optional.empty(), "ben");
      two.triage().addNote(queue.get(1).id(), "Called back.", "ben");
      return SessionFixture.export(two, dir.resolve("two.firebreak"));
    }
  }

  @Test
  void aCancelledMergeChangesNothing() throws Exception {
    Path file = colleaguesFile();
    try (Services one = SessionFixture.demo(dir, "one", SessionFixture.clock())) {
      Map<String, String> before = SessionChecksums.of(one.database());
      for (long after : new long[] {0, 1000}) {
        assertThatThrownBy(() -> new SessionMerger(one.database()).merge(file, cancelAfter(after)))
            .isInstanceOf(CancellationException.class);
        assertThat(SessionChecksums.of(one.database())).isEqualTo(before);
      }
      // and the same file merges whole when not cancelled
      assertThat(new SessionMerger(one.database()).merge(file).totalAdded()).isPositive();
    }
  }

  @Test
  void aCancelledOpenLeavesNoDatabase() throws Exception {
    Path file = colleaguesFile();
    Path base = dir.resolve("opened");
    assertThatThrownBy(() -> SessionOpener.open(file, base, cancelAfter(1000)))
        .isInstanceOf(CancellationException.class);
    assertThat(Files.exists(DatabaseLocation.dataFile(base))).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("opened") || n.contains("opening"));
    }
    // opening again afterwards works: nothing half-made is in the way
    assertThat(SessionOpener.open(file, base).totalAdded()).isPositive();
  }

  @Test
  void anOpenedIncidentAppearsOnlyWhenWholeAndAKilledOpensLeftoversAreCleared() throws Exception {
    Path file = colleaguesFile();
    Path base = dir.resolve("opened");
    // what a killed open left under the hidden name it builds in
    Files.writeString(dir.resolve(".opened.opening.mv.db"), "half an incident");
    boolean[] seenDuringOpen = {false};
    SessionExporter.Progress watch =
        (done, total) -> seenDuringOpen[0] |= Files.exists(DatabaseLocation.dataFile(base));

    MergeReport report = SessionOpener.open(file, base, watch);

    assertThat(seenDuringOpen[0]).as("the new incident existed half-filled").isFalse();
    assertThat(report.totalAdded()).isPositive();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("opening"));
    }
    try (Services copy = Services.open(base, SessionFixture.clock())) {
      long messages =
          copy.database()
              .read(
                  c -> {
                    try (var rs =
                        c.createStatement().executeQuery("SELECT COUNT(*) FROM messages")) {
                      rs.next();
                      return rs.getLong(1);
                    }
                  });
      assertThat(messages).isEqualTo(report.added().get("messages")).isPositive();
    }
  }

  @Test
  void aCancelledExportKeepsThePreviousFileAndTheNextExportIsWhole() throws Exception {
    try (Services s = SessionFixture.demo(dir, "one", SessionFixture.clock())) {
      Path target = SessionFixture.export(s, dir.resolve("incident.firebreak"));
      byte[] before = Files.readAllBytes(target);
      s.triage().addNote(SessionFixture.waiting(s, 1).get(0).id(), "Called back.", "ben");

      // cancelled at the first check, a thousand rows in, with chunks handed to the zip thread
      assertThatThrownBy(() -> s.sessionExporter().export(target, "ana", cancelAfter(0)))
          .isInstanceOf(CancellationException.class);

      assertThat(Files.readAllBytes(target)).isEqualTo(before);
      try (var files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
      }
      s.sessionExporter().export(target, "ana", SessionExporter.Progress.NONE);
      SessionOpener.open(target, dir.resolve("copy"));
      try (Services copy = Services.open(dir.resolve("copy"), SessionFixture.clock())) {
        assertThat(SessionChecksums.of(copy.database()))
            .isEqualTo(SessionChecksums.of(s.database()));
      }
    }
  }
}
