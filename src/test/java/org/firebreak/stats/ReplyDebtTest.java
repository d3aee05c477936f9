package org.firebreak.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplyDebtTest {

  private static final Instant NOW = TempDatabase.T0;

  private static ReplyDebt debt(long awaiting, long replied60) {
    return new ReplyDebt(NOW, awaiting, 0, replied60, NOW.minusSeconds(600), List.of(), List.of());
  }

  @Test
  void projectsTheTimeToClearFromTheLastHoursRate() {
    assertThat(debt(30, 60).projectedClear()).contains(Duration.ofMinutes(30));
    assertThat(debt(0, 0).projectedClear()).contains(Duration.ZERO);
    assertThat(debt(5, 0).projectedClear()).isEmpty();
    assertThat(debt(5, 0).oldestAge()).contains(Duration.ofMinutes(10));
  }

  @TempDir Path dir;

  @Test
  void onTheDemoIncidentTheFiguresAgreeWithTheMessages() {
    MutableClock clock = new MutableClock(NOW);
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      ReplyDebt d = s.statsQuery().replyDebt(clock.instant());
      long needs = s.statsQuery().counts().needsReply();
      assertThat(d.awaiting()).isEqualTo(needs).isPositive();
      // the status bar's and Monitor's live counter reads the same counters
      assertThat(s.statsQuery().liveCounts().needsReply()).isEqualTo(needs);
      assertThat(d.replied60()).isEqualTo(s.statsQuery().counts().replies());
      assertThat(d.replied15()).isBetween(1L, d.replied60());
      assertThat(d.burnDown()).hasSize(13);
      assertThat(d.burnDown().get(12).open()).as("open now = still awaiting").isEqualTo(needs);
      assertThat(d.burnDown().get(0).open()).as("two hours ago nothing had arrived").isZero();
      assertThat(d.labels())
          .filteredOn(l -> l.label().equals("needs reply"))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.awaitingReply()).isEqualTo(needs);
                // answering takes the label off: its row shows the answers overall, never 0
                assertThat(l.replied15()).isEqualTo(d.replied15());
                assertThat(l.replied60()).isEqualTo(d.replied60()).isPositive();
              });
      assertThat(d.oldestAge())
          .hasValueSatisfying(
              a -> assertThat(a).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(60)));

      var ten =
          s.messages()
              .page(
                  QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, 10));
      s.triage()
          .recordReply(
              ten.stream().map(m -> m.id()).toList(),
              "Sorry, help is at example.org",
              Optional.empty(),
              "dimas");
      ReplyDebt after = s.statsQuery().replyDebt(clock.instant());
      assertThat(after.awaiting()).isEqualTo(needs - 10);
      assertThat(s.statsQuery().liveCounts().needsReply()).isEqualTo(needs - 10);
      assertThat(after.replied15()).isEqualTo(d.replied15() + 10);
      assertThat(after.burnDown().get(12).open()).isEqualTo(needs - 10);
    }
  }
}
