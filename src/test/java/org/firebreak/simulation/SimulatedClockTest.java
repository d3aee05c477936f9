package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.firebreak.testing.MutableClock;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

  static final Instant REAL = Instant.parse("2030-01-01T00:00:00Z");
  static final Instant SIM = Instant.parse("2026-05-01T09:00:00Z");

  @Test
  void runsAtItsSpeedOnlyWhileResumed() {
    MutableClock real = new MutableClock(REAL);
    SimulatedClock clock = new SimulatedClock(SIM, 60, real);
    real.advance(Duration.ofSeconds(30));
    assertThat(clock.instant()).as("starts paused").isEqualTo(SIM);
    clock.resume();
    real.advance(Duration.ofSeconds(10));
    assertThat(clock.instant()).isEqualTo(SIM.plus(Duration.ofMinutes(10)));
    clock.pause();
    real.advance(Duration.ofMinutes(5));
    assertThat(clock.instant()).isEqualTo(SIM.plus(Duration.ofMinutes(10)));
    clock.setSpeed(2);
    clock.resume();
    real.advance(Duration.ofSeconds(30));
    assertThat(clock.instant()).isEqualTo(SIM.plus(Duration.ofMinutes(11)));
    clock.jumpTo(SIM.plus(Duration.ofMinutes(40)));
    real.advance(Duration.ofSeconds(30));
    assertThat(clock.instant()).isEqualTo(SIM.plus(Duration.ofMinutes(41)));
  }

  @Test
  void speedOutsideOneToSixtyIsRefused() {
    assertThatThrownBy(() -> new SimulatedClock(SIM, 61))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SimulatedClock(SIM, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
