package org.firebreak.incident;

/** Where a crisis comes from: the brand's own doing, or an event outside it. */
public enum Cause {
  INTERNAL,
  EXTERNAL
}
