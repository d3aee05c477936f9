package org.firebreak.incident;

/** What the header shows about the current incident. */
public enum IncidentState {
  NONE,
  ACTIVE,
  POST_CRISIS_WATCH,
  RESOLVED
}
