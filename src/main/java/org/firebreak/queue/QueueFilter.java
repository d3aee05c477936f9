package org.firebreak.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * Filters the queue offers beside status and search: a label, "waiting on us" (the customer spoke
 * last in the conversation), messages past their response target as of a moment, and a minimum
 * reach.
 *
 * @param overdueAsOf when set, only messages still waiting for a reply whose response target had
 *     passed at that moment (the caller's clock)
 */
public record QueueFilter(
    Optional<Long> labelId, boolean waitingOnUs, Optional<Instant> overdueAsOf, long minReach) {

  public static final QueueFilter NONE =
      new QueueFilter(Optional.empty(), false, Optional.empty(), 0);

  public QueueFilter withLabel(Long id) {
    return new QueueFilter(Optional.ofNullable(id), waitingOnUs, overdueAsOf, minReach);
  }

  public QueueFilter withWaitingOnUs(boolean on) {
    return new QueueFilter(labelId, on, overdueAsOf, minReach);
  }

  public QueueFilter withOverdueAsOf(Instant now) {
    return new QueueFilter(labelId, waitingOnUs, Optional.ofNullable(now), minReach);
  }

  public QueueFilter withMinReach(long reach) {
    return new QueueFilter(labelId, waitingOnUs, overdueAsOf, Math.max(0, reach));
  }
}
