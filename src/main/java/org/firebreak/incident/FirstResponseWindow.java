package org.firebreak.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The minutes in which the first public statement should go out. Pure arithmetic over stored
 * instants: the same answer after a restart, a sleep or a simulated clock.
 */
public record FirstResponseWindow(Instant start, Duration length, Instant firstResponseAt) {

  public FirstResponseWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(length, "length");
    if (length.isNegative() || length.isZero()) {
      throw new IllegalArgumentException("The first-response window must be longer than zero");
    }
  }

  public Instant deadline() {
    return start.plus(length);
  }

  /** Reads the window at {@code now}: how much is left, or how far past it we are. */
  public ClockReading readAt(Instant now) {
    if (firstResponseAt != null) {
      Duration taken = Duration.between(start, firstResponseAt);
      return new ClockReading(ClockPhase.MET, taken, taken.compareTo(length) <= 0);
    }
    // a clock set back before the start shows the whole window, never more
    Instant at = now.isBefore(start) ? start : now;
    Duration remaining = Duration.between(at, deadline());
    if (remaining.isNegative()) {
      return new ClockReading(ClockPhase.OVERDUE, remaining.negated(), false);
    }
    long remainingMs = remaining.toMillis();
    long lengthMs = length.toMillis();
    ClockPhase phase;
    if (remainingMs * 5 < lengthMs) {
      phase = ClockPhase.CRITICAL;
    } else if (remainingMs * 2 < lengthMs) {
      phase = ClockPhase.WARNING;
    } else {
      phase = ClockPhase.ON_TRACK;
    }
    return new ClockReading(phase, remaining, true);
  }
}
