package org.firebreak.triage;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a message may wait for an answer. A label can set its own target; a message carrying
 * several labels with targets has the shortest one, and one without any has the default.
 */
public final class ResponseTarget {

  public static final int DEFAULT_MINUTES = 30;
  public static final int MAX_MINUTES = 7 * 24 * 60;

  private ResponseTarget() {}

  /** True when a message received at {@code receivedAt} is past its target at {@code now}. */
  public static boolean overdue(Instant receivedAt, Integer targetMinutes, Instant now) {
    int minutes = targetMinutes == null ? DEFAULT_MINUTES : targetMinutes;
    return receivedAt.plus(Duration.ofMinutes(minutes)).isBefore(now);
  }

  /** Checks a target typed by a person: whole minutes from 1 to a week, or none. */
  public static Integer validate(Integer minutes) {
    if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
      throw new TriageRuleException(
          "A response target is between 1 and " + MAX_MINUTES + " minutes.", "target");
    }
    return minutes;
  }
}
