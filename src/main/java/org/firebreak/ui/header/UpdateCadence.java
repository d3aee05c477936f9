package org.firebreak.ui.header;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * After the first statement, the playbook asks for an update at a steady cadence. The next one is
 * due a cadence after the latest publication.
 */
public final class UpdateCadence {

  public static final int DEFAULT_MINUTES = 30;

  /** When the next update is due, and how far away (negative once it is late). */
  public record Reminder(Instant due, Duration left) {
    public boolean late() {
      return left.isNegative();
    }
  }

  private UpdateCadence() {}

  public static Optional<Reminder> at(
      Instant firstResponseAt, Instant lastPublishedAt, int cadenceMinutes, Instant now) {
    if (firstResponseAt == null || cadenceMinutes <= 0) {
      return Optional.empty();
    }
    Instant last =
        lastPublishedAt != null && lastPublishedAt.isAfter(firstResponseAt)
            ? lastPublishedAt
            : firstResponseAt;
    Instant due = last.plus(Duration.ofMinutes(cadenceMinutes));
    return Optional.of(new Reminder(due, Duration.between(now, due)));
  }

  /** mm:ss of a duration, ignoring its sign. */
  static String mmss(Duration d) {
    long s = Math.abs(d.getSeconds());
    return String.format("%02d:%02d", s / 60, s % 60);
  }
}
