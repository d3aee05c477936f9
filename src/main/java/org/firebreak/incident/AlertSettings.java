package org.firebreak.incident;

/**
 * An incident's clock alerts: whether threshold sounds are muted, and the minutes between updates
 * after the first statement. Kept with the incident, so a restart or another copy keeps them.
 */
public record AlertSettings(boolean muted, int cadenceMinutes) {

  public static final int DEFAULT_CADENCE = 30;
  public static final AlertSettings DEFAULT = new AlertSettings(false, DEFAULT_CADENCE);
}
