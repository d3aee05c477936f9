package org.firebreak.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How far behind the team is: what still waits for an answer, how fast answers go out, and when the
 * queue would be clear at the current rate.
 */
public record ReplyDebt(
    Instant at,
    long awaiting,
    long replied15,
    long replied60,
    Instant oldestUnanswered,
    List<LabelDebt> labels,
    List<BurnPoint> burnDown) {

  /** Messages still open at one moment, for the burn-down chart. */
  public record BurnPoint(Instant at, long open) {}

  public ReplyDebt {
    labels = List.copyOf(labels);
    burnDown = List.copyOf(burnDown);
  }

  /** Replies per hour over the last hour. */
  public long ratePerHour() {
    return replied60;
  }

  /** Age of the oldest message nobody has answered yet. */
  public Optional<Duration> oldestAge() {
    // a clock set back behind the newest stored time reads as no age, never a negative one
    return Optional.ofNullable(oldestUnanswered)
        .map(o -> at.isBefore(o) ? Duration.ZERO : Duration.between(o, at));
  }

  /**
   * Time to answer everything waiting at the last hour's reply rate; empty when nothing was
   * answered in the last hour (the queue is not clearing), zero when nothing waits.
   */
  public Optional<Duration> projectedClear() {
    if (awaiting == 0) {
      return Optional.of(Duration.ZERO);
    }
    if (replied60 == 0) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Math.round(awaiting * 3600.0 / replied60)));
  }
}
