package org.firebreak.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstResponseWindowTest {

  private static final Instant DECLARED = Instant.parse("2026-11-24T08:00:00Z");
  private final FirstResponseWindow window =
      new FirstResponseWindow(DECLARED, Duration.ofMinutes(15), null);

  @Test
  void countsDownFromTheWindowLength() {
    ClockReading atStart = window.readAt(DECLARED);
    assertThat(atStart.text()).isEqualTo("15:00");
    assertThat(atStart.phase()).isEqualTo(ClockPhase.ON_TRACK);

    ClockReading later = window.readAt(DECLARED.plusSeconds(4 * 60 + 30));
    assertThat(later.text()).isEqualTo("10:30");
  }

  @Test
  void partSecondsRoundUpSoTheClockNeverShowsZeroEarly() {
    assertThat(window.readAt(DECLARED.plusMillis(14 * 60_000 + 59_500)).text()).isEqualTo("00:01");
    assertThat(window.readAt(DECLARED.plusMillis(250)).text()).isEqualTo("15:00");
  }

  @Test
  void changesPhaseAtHalfAndAtAFifth() {
    assertThat(window.readAt(DECLARED.plusSeconds(7 * 60)).phase()).isEqualTo(ClockPhase.ON_TRACK);
    assertThat(window.readAt(DECLARED.plusSeconds(8 * 60)).phase()).isEqualTo(ClockPhase.WARNING);
    assertThat(window.readAt(DECLARED.plusSeconds(12 * 60 + 1)).phase())
        .isEqualTo(ClockPhase.CRITICAL);
  }

  @Test
  void countsUpOnceOverdue() {
    ClockReading overdue = window.readAt(DECLARED.plusSeconds(15 * 60 + 75));
    assertThat(overdue.phase()).isEqualTo(ClockPhase.OVERDUE);
    assertThat(overdue.text()).isEqualTo("+01:15");
    assertThat(overdue.withinWindow()).isFalse();
    assertThat(window.readAt(DECLARED.plus(Duration.ofMinutes(135))).text()).isEqualTo("+120:00");
  }

  @Test
  void stopsWhenTheFirstStatementIsOut() {
    FirstResponseWindow met =
        new FirstResponseWindow(
            DECLARED, Duration.ofMinutes(15), DECLARED.plusSeconds(9 * 60 + 12));
    ClockReading reading = met.readAt(DECLARED.plus(Duration.ofHours(3)));
    assertThat(reading.phase()).isEqualTo(ClockPhase.MET);
    assertThat(reading.text()).isEqualTo("09:12");
    assertThat(reading.withinWindow()).isTrue();
  }

  @Test
  void sameStoredTimesGiveTheSameReadingAfterARestart() {
    Instant now = DECLARED.plusSeconds(321);
    FirstResponseWindow reloaded = new FirstResponseWindow(DECLARED, Duration.ofMinutes(15), null);
    assertThat(reloaded.readAt(now)).isEqualTo(window.readAt(now));
  }

  @Test
  void aClockSetBackBeforeTheDeclarationShowsTheFullWindowNotMore() {
    ClockReading reading = window.readAt(DECLARED.minusSeconds(3600));
    assertThat(reading.phase()).isEqualTo(ClockPhase.ON_TRACK);
    assertThat(reading.shown()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void refusesAnEmptyWindow() {
    assertThatThrownBy(() -> new FirstResponseWindow(DECLARED, Duration.ZERO, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window");
  }

  @Test
  void idleClockShowsDashes() {
    assertThat(ClockReading.IDLE.text()).isEqualTo("--:--");
  }
}
