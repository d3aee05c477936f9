package org.firebreak.stats;

import java.time.Clock;
import java.time.Instant;
import org.firebreak.incident.ClockReading;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentRepository;
import org.firebreak.store.StatsQuery;

/** Puts together the incident's state, its crisis clock and the message counts. */
public final class StatsService {

  private final IncidentRepository incidents;
  private final StatsQuery counts;
  private final Clock clock;
  private final String database;

  public StatsService(
      IncidentRepository incidents, StatsQuery counts, Clock clock, String database) {
    this.incidents = incidents;
    this.counts = counts;
    this.clock = clock;
    this.database = database;
  }

  public IncidentStats snapshot() {
    Instant now = clock.instant();
    IncidentStats.IncidentSection section =
        incidents
            .current()
            .map(i -> section(i, now))
            .orElse(
                new IncidentStats.IncidentSection(
                    "NONE",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "IDLE",
                    ClockReading.IDLE.text()));
    return new IncidentStats(database, section, counts.counts());
  }

  private static IncidentStats.IncidentSection section(Incident i, Instant now) {
    ClockReading reading = i.firstResponseWindow().readAt(now);
    return new IncidentStats.IncidentSection(
        i.state(now).name(),
        i.name(),
        i.cause().name(),
        i.originPlatform().name(),
        i.responseWindow().toMinutes(),
        i.declaredAt(),
        i.firstResponseWindow().deadline(),
        i.firstResponseAt(),
        reading.phase().name(),
        reading.text());
  }
}
