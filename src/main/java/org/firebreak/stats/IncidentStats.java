package org.firebreak.stats;

import java.time.Instant;

/** What `firebreak stats` prints: the incident, its crisis clock and the message counts. */
public record IncidentStats(String database, IncidentSection incident, MessageCounts messages) {

  /** The incident part; {@code state} is NONE and the rest null when no incident was declared. */
  public record IncidentSection(
      String state,
      String name,
      String cause,
      String originPlatform,
      Long windowMinutes,
      Instant declaredAt,
      Instant deadline,
      Instant firstResponseAt,
      String clockPhase,
      String clock) {}
}
