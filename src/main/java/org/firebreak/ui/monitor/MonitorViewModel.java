package org.firebreak.ui.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.stats.MessageCounts;
import org.firebreak.store.StatsQuery;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** Volume over the last hour, by platform, with the declaration marked; and live counters. */
public final class MonitorViewModel {

  public static final int MINUTES = 60;

  /** Messages per minute for the hour ending at {@code end}; minute index 0 is the oldest. */
  public record Volume(Instant start, Map<String, long[]> perMinute, Integer declaredMinute) {}

  private final StatsQuery stats;
  private final IncidentService incidents;
  private final Clock clock;
  private final TaskRunner runner;
  private final ObjectProperty<Volume> volume = new SimpleObjectProperty<>();
  private final LongProperty arrived = new SimpleLongProperty();
  private final LongProperty awaiting = new SimpleLongProperty();

  public MonitorViewModel(
      StatsQuery stats,
      IncidentService incidents,
      Clock clock,
      TaskRunner runner,
      DataChanged dataChanged) {
    this.stats = stats;
    this.incidents = incidents;
    this.clock = clock;
    this.runner = runner;
    dataChanged.subscribe(this::refresh);
  }

  public void refresh() {
    runner.run(
        this::load,
        r -> {
          volume.set(r.volume());
          arrived.set(r.counts().total());
          awaiting.set(r.counts().needsReply());
        },
        e -> {});
  }

  private record Reading(Volume volume, MessageCounts counts) {}

  private Reading load() {
    Instant start =
        clock
            .instant()
            .minus(Duration.ofMinutes(MINUTES - 1))
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    Optional<Incident> incident = incidents.current();
    Integer declared =
        incident
            .map(i -> (int) Duration.between(start, i.declaredAt()).toMinutes())
            .filter(m -> m >= 0 && m < MINUTES)
            .orElse(null);
    return new Reading(
        new Volume(start, stats.perMinute(start, MINUTES), declared), stats.counts());
  }

  public ObjectProperty<Volume> volumeProperty() {
    return volume;
  }

  public LongProperty arrivedProperty() {
    return arrived;
  }

  public LongProperty awaitingProperty() {
    return awaiting;
  }
}
