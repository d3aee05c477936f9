package org.firebreak.incident;

import java.time.Duration;

/**
 * One reading of the crisis clock. {@code shown} is the remaining time while it counts down, the
 * time past the deadline once overdue, and the time to first response once met.
 */
public record ClockReading(ClockPhase phase, Duration shown, boolean withinWindow) {

  public static final ClockReading IDLE = new ClockReading(ClockPhase.IDLE, Duration.ZERO, true);

  /** mm:ss (minutes may pass 99); overdue readings carry a leading plus sign. */
  public String text() {
    if (phase == ClockPhase.IDLE) {
      return "--:--";
    }
    long seconds = shown.getSeconds();
    boolean countingDown = phase != ClockPhase.OVERDUE && phase != ClockPhase.MET;
    if (countingDown && shown.getNano() > 0) {
      seconds++; // a countdown shows 00:01 until the last instant, never 00:00 early
    }
    String mmss = String.format("%02d:%02d", seconds / 60, seconds % 60);
    return phase == ClockPhase.OVERDUE ? "+" + mmss : mmss;
  }
}
