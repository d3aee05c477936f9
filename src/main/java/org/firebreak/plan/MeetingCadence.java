package org.firebreak.plan;

import java.time.Instant;
import java.time.ZoneOffset;

/** How often the committee meets: weekly or monthly, by the company's size. */
public enum MeetingCadence {
  WEEKLY,
  MONTHLY;

  /** When the meeting after one held at {@code lastMet} is due (counted in UTC). */
  public Instant nextAfter(Instant lastMet) {
    var at = lastMet.atZone(ZoneOffset.UTC);
    return (this == WEEKLY ? at.plusWeeks(1) : at.plusMonths(1)).toInstant();
  }
}
