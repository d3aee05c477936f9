package org.firebreak.ui.header;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The header's milestones after declaration: T+5, T+15 and T+60 minutes. */
public final class ClockMarks {

  public static final List<Integer> MINUTES = List.of(5, 15, 60);

  /** One milestone and whether the clock has passed it. */
  public record Mark(int minutes, boolean reached) {}

  private ClockMarks() {}

  public static List<Mark> at(Instant declaredAt, Instant now) {
    return MINUTES.stream()
        .map(
            m ->
                new Mark(
                    m, declaredAt != null && !now.isBefore(declaredAt.plus(Duration.ofMinutes(m)))))
        .toList();
  }
}
