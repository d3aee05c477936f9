package org.firebreak.incident;

/** How the crisis clock looks: it changes colour as the first-response window runs down. */
public enum ClockPhase {
  /** No incident, so no clock. */
  IDLE,
  /** More than half of the window left. */
  ON_TRACK,
  /** Under half left. */
  WARNING,
  /** Under a fifth left. */
  CRITICAL,
  /** The window has passed with no first statement; the clock counts up. */
  OVERDUE,
  /** The first statement went out; the clock shows how long it took. */
  MET
}
