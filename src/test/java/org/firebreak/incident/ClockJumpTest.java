package org.firebreak.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.firebreak.app.Services;
import org.firebreak.stats.ReplyDebt;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The machine's clock jumps (a sleep, an NTP correction, a wrong time zone fixed by hand): the
 * crisis clock and the response figures are computed from stored UTC times, so they follow the
 * corrected clock and never show more than the window or a negative age.
 */
class ClockJumpTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);

  private Services declared() {
    Services s = TempDatabase.open(dir, clock);
    s.incidents().declare("Outage", Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "rina");
    return s;
  }

  private ClockReading reading(Services s) {
    return s.incidents().current().orElseThrow().firstResponseWindow().readAt(clock.instant());
  }

  @Test
  void afterTheMachineSleepsTwoHoursTheClockShowsOverdueByTheRightAmountAndSoAfterARestart() {
    try (Services s = declared()) {
      clock.advance(Duration.ofMinutes(5));
      assertThat(reading(s).text()).isEqualTo("10:00");
      clock.advance(Duration.ofHours(2));
      assertThat(reading(s).phase()).isEqualTo(ClockPhase.OVERDUE);
      assertThat(reading(s).text()).isEqualTo("+110:00");
    }
    try (Services reopened = TempDatabase.open(dir, clock)) {
      assertThat(reading(reopened).text()).isEqualTo("+110:00");
      assertThat(reopened.incidents().stateNow()).isEqualTo(IncidentState.ACTIVE);
    }
  }

  @Test
  void aClockSetBackBeforeTheDeclarationShowsTheFullWindowNeverMore() {
    try (Services s = declared()) {
      clock.advance(Duration.ofMinutes(-60));
      assertThat(reading(s).text()).isEqualTo("15:00");
      assertThat(reading(s).phase()).isEqualTo(ClockPhase.ON_TRACK);
      clock.advance(Duration.ofMinutes(63));
      assertThat(reading(s).text()).isEqualTo("12:00");
    }
  }

  @Test
  void aJumpForwardAndBackChangesNothingStored() {
    try (Services s = declared()) {
      Instant declaredAt = s.incidents().current().orElseThrow().declaredAt();
      clock.advance(Duration.ofDays(1));
      assertThat(reading(s).phase()).isEqualTo(ClockPhase.OVERDUE);
      clock.set(TempDatabase.T0.plus(Duration.ofMinutes(14)));
      assertThat(reading(s).text()).isEqualTo("01:00");
      assertThat(reading(s).phase()).isEqualTo(ClockPhase.CRITICAL);
      assertThat(s.incidents().current().orElseThrow().declaredAt()).isEqualTo(declaredAt);
    }
  }

  @Test
  void aMetResponseTargetStaysMetWhateverTheClockDoesLater() {
    try (Services s = declared()) {
      clock.advance(Duration.ofMinutes(7));
      s.incidents().recordFirstResponse(clock.instant(), "rina");
      for (Duration jump : new Duration[] {Duration.ofHours(5), Duration.ofDays(-2)}) {
        clock.advance(jump);
        assertThat(reading(s).phase()).isEqualTo(ClockPhase.MET);
        assertThat(reading(s).text()).isEqualTo("07:00");
        assertThat(reading(s).withinWindow()).isTrue();
      }
    }
  }

  @Test
  void theOldestUnansweredAgeIsNeverNegativeWhenTheClockGoesBack() {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      ReplyDebt now = s.statsQuery().replyDebt(clock.instant());
      assertThat(now.oldestAge()).hasValueSatisfying(d -> assertThat(d).isPositive());
      ReplyDebt back = s.statsQuery().replyDebt(clock.instant().minus(Duration.ofDays(1)));
      assertThat(back.oldestAge())
          .hasValueSatisfying(d -> assertThat(d.isNegative()).as("age %s", d).isFalse());
    }
  }
}
