package org.firebreak.ui.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.firebreak.incident.ClockPhase;
import org.junit.jupiter.api.Test;

class ClockRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void alertsOnlyWhenTheClockCrossesIntoAWorsePhaseWhileWatched() {
    ClockAlerts alerts = new ClockAlerts();
    assertThat(alerts.observe(1, ClockPhase.OVERDUE))
        .as("the first reading is a baseline")
        .isEmpty();
    alerts.reset();
    assertThat(alerts.observe(1, ClockPhase.ON_TRACK)).isEmpty();
    assertThat(alerts.observe(1, ClockPhase.ON_TRACK)).isEmpty();
    assertThat(alerts.observe(1, ClockPhase.WARNING)).contains(ClockPhase.WARNING);
    assertThat(alerts.observe(1, ClockPhase.WARNING)).as("once per crossing").isEmpty();
    assertThat(alerts.observe(1, ClockPhase.CRITICAL)).contains(ClockPhase.CRITICAL);
    assertThat(alerts.observe(1, ClockPhase.OVERDUE)).contains(ClockPhase.OVERDUE);
    assertThat(alerts.observe(1, ClockPhase.MET)).as("meeting the window is no alarm").isEmpty();
    assertThat(alerts.observe(2, ClockPhase.CRITICAL)).as("a new incident starts over").isEmpty();
  }

  @Test
  void aSleepThatSkipsPhasesAlertsTheOneItWokeInto() {
    ClockAlerts alerts = new ClockAlerts();
    alerts.observe(7, ClockPhase.ON_TRACK);
    assertThat(alerts.observe(7, ClockPhase.OVERDUE)).contains(ClockPhase.OVERDUE);
  }

  @Test
  void marksAreReachedAtFiveFifteenAndSixtyMinutes() {
    assertThat(ClockMarks.at(T0, T0.plus(Duration.ofMinutes(4))))
        .extracting(ClockMarks.Mark::reached)
        .containsExactly(false, false, false);
    assertThat(ClockMarks.at(T0, T0.plus(Duration.ofMinutes(15))))
        .extracting(ClockMarks.Mark::reached)
        .containsExactly(true, true, false);
    assertThat(ClockMarks.at(T0, T0.plus(Duration.ofHours(2))))
        .extracting(ClockMarks.Mark::minutes)
        .containsExactly(5, 15, 60);
  }

  @Test
  void theNextUpdateIsDueACadenceAfterTheLatestPublication() {
    Instant first = T0.plus(Duration.ofMinutes(9));
    assertThat(UpdateCadence.at(null, null, 30, T0)).isEmpty();
    var r = UpdateCadence.at(first, null, 30, first.plus(Duration.ofMinutes(10))).orElseThrow();
    assertThat(r.due()).isEqualTo(first.plus(Duration.ofMinutes(30)));
    assertThat(UpdateCadence.mmss(r.left())).isEqualTo("20:00");
    assertThat(r.late()).isFalse();
    Instant update = first.plus(Duration.ofMinutes(25));
    var later =
        UpdateCadence.at(first, update, 15, update.plus(Duration.ofMinutes(17))).orElseThrow();
    assertThat(later.late()).isTrue();
    assertThat(UpdateCadence.mmss(later.left())).isEqualTo("02:00");
  }
}
