package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pause intake: arrivals are stored but held out of the queue until Release, across restarts. */
class IntakePauseTest {

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(TempDatabase.T0);

  @Test
  void arrivalsWhilePausedAreStoredHeldAndReleasedEvenAfterARestart() {
    try (Services s = TempDatabase.open(dir, clock)) {
      arrive(s, "before");
      clock.advance(Duration.ofSeconds(30));
      IntakePause.State paused = s.intakePause().pause();
      assertThat(paused.pausedAt()).contains(clock.instant());
      clock.advance(Duration.ofSeconds(30));
      arrive(s, "during-1");
      arrive(s, "during-2");

      assertThat(s.intakeStore().count()).isEqualTo(3);
      assertThat(queue(s)).containsExactly("before");
      assertThat(s.intakePause().state().held()).isEqualTo(2);
    }
    clock.advance(Duration.ofMinutes(5));
    try (Services s = TempDatabase.open(dir, clock)) {
      assertThat(s.intakePause().state().paused()).isTrue();
      assertThat(queue(s)).containsExactly("before");
      assertThat(s.intakePause().state().held()).isEqualTo(2);

      assertThat(s.intakePause().release().held()).isZero();
      assertThat(queue(s)).containsExactlyInAnyOrder("before", "during-1", "during-2");
      assertThat(s.intakePause().state().paused()).isFalse();
    }
  }

  @Test
  void pausingTwiceKeepsTheFirstMomentAndTheNewCountLeavesHeldOut() {
    try (Services s = TempDatabase.open(dir, clock)) {
      arrive(s, "a");
      long seen = s.messages().maxId();
      IntakePause.State first = s.intakePause().pause();
      clock.advance(Duration.ofMinutes(1));
      arrive(s, "b");
      assertThat(s.intakePause().pause().pausedAt()).isEqualTo(first.pausedAt());
      assertThat(s.messages().countAfter(seen, s.intakePause().pausedAt())).isZero();
      assertThat(s.messages().countAfter(seen, java.util.Optional.empty())).isEqualTo(1);
    }
  }

  private List<String> queue(Services s) {
    return s
        .messages()
        .page(QueueQuery.newestFirst().withArrivedUpTo(s.intakePause().pausedAt()))
        .stream()
        .map(Message::externalId)
        .toList();
  }

  private void arrive(Services s, String id) {
    String json = "{\"id\":\"" + id + "\",\"platform\":\"x\",\"author\":\"a\",\"text\":\"t\"}";
    s.intake()
        .run(
            id,
            new SourceOpener(ColumnMapping.generic())
                .open(
                    id,
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    SourceFormat.JSON),
            ImportControl.silent());
  }
}
