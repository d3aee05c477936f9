package org.firebreak.ui.header;

import java.util.Optional;
import org.firebreak.incident.ClockPhase;

/**
 * Decides when the crisis clock deserves a desktop notification: when, while the console watches,
 * it crosses into WARNING, CRITICAL or OVERDUE. The first reading of an incident only sets the
 * baseline, so opening the console on an old incident does not ring.
 */
public final class ClockAlerts {

  private long incidentId = Long.MIN_VALUE;
  private ClockPhase last;

  /** The threshold just crossed by this reading, if any. */
  public Optional<ClockPhase> observe(long incident, ClockPhase phase) {
    if (incident != incidentId || last == null) {
      incidentId = incident;
      last = phase;
      return Optional.empty();
    }
    ClockPhase before = last;
    last = phase;
    boolean alerting =
        phase == ClockPhase.WARNING || phase == ClockPhase.CRITICAL || phase == ClockPhase.OVERDUE;
    if (alerting && phase != before && phase.ordinal() > before.ordinal()) {
      return Optional.of(phase);
    }
    return Optional.empty();
  }

  /** Forgets the incident (none is active any more). */
  public void reset() {
    incidentId = Long.MIN_VALUE;
    last = null;
  }
}
