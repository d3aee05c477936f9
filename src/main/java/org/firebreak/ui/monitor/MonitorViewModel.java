package org.firebreak.ui.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.intake.IntakePause;
import org.firebreak.monitor.SpikeDetector;
import org.firebreak.monitor.TopTerms;
import org.firebreak.stats.MessageCounts;
import org.firebreak.store.StatsQuery;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** Volume over the last hour, by platform, with the declaration marked; and live counters. */
public final class MonitorViewModel {

  public static final int MINUTES = 60;

  /** Messages per minute for the hour ending at {@code end}; minute index 0 is the oldest. */
  public record Volume(
      Instant start,
      Map<String, long[]> perMinute,
      Integer declaredMinute,
      List<SpikeDetector.Spike> spikes,
      Map<String, Integer> spikeTerms) {

    /** When the latest spike began, or null. */
    public Instant latestSpikeAt() {
      return spikes.isEmpty()
          ? null
          : start.plusSeconds(60L * spikes.get(spikes.size() - 1).minute());
    }
  }

  /** A spike needs at least this many messages in a minute. */
  static final int SPIKE_FLOOR = 10;

  private final StatsQuery stats;
  private final IncidentService incidents;
  private final Clock clock;
  private final TaskRunner runner;
  private final ObjectProperty<Volume> volume = new SimpleObjectProperty<>();
  private final LongProperty arrived = new SimpleLongProperty();
  private final LongProperty awaiting = new SimpleLongProperty();
  private final LongProperty held = new SimpleLongProperty();
  private final IntakePause pause;

  private final org.firebreak.ui.common.ReadFailures failures;

  public MonitorViewModel(
      StatsQuery stats,
      IncidentService incidents,
      IntakePause pause,
      Clock clock,
      TaskRunner runner,
      DataChanged dataChanged,
      org.firebreak.ui.common.ReadFailures failures) {
    this.failures = failures;
    this.stats = stats;
    this.pause = pause;
    this.incidents = incidents;
    this.clock = clock;
    this.runner = runner;
    // new messages move the volume (and may be a spike to notify) even while the tab is hidden;
    // a triage keystroke only moves the "awaiting" counter, refreshed when the tab is shown
    dataChanged.subscribe(this::refresh, whenShown::changed);
  }

  private final org.firebreak.ui.common.RefreshWhenShown whenShown =
      new org.firebreak.ui.common.RefreshWhenShown(this::refresh, false);

  /** Whether its tab is on screen: hidden, a data change only marks it stale. */
  public void setShown(boolean shown) {
    this.shown.set(shown);
    whenShown.setShown(shown);
  }

  private final javafx.beans.property.BooleanProperty shown =
      new javafx.beans.property.SimpleBooleanProperty();

  /** Whether the tab is on screen: the chart is drawn only then. */
  public javafx.beans.property.ReadOnlyBooleanProperty shownProperty() {
    return shown;
  }

  public void refresh() {
    if (refreshing.start(this::refresh)) {
      refresh(refreshing::done);
    }
  }

  private final org.firebreak.ui.common.InFlight refreshing =
      new org.firebreak.ui.common.InFlight();
  private final org.firebreak.ui.common.InFlight counting = new org.firebreak.ui.common.InFlight();

  /** Refreshes, then runs {@code then} on the FX thread (declaring asks for the latest spike). */
  public void refresh(Runnable then) {
    runner.run(
        this::load,
        failures.ok(
            "failed.monitor",
            r -> {
              volume.set(r.volume());
              showCounters(r.counters());
              then.run();
            }),
        e -> {
          failures.of("failed.monitor").accept(e);
          then.run();
        });
  }

  /** Only the live counters: arrived, needs reply, held by pause (cheap enough to poll). */
  public void refreshCounters() {
    if (!counting.start(null)) {
      return; // the last read is still out: the next tick asks again
    }
    runner.run(
        this::counters,
        counting.then(failures.ok("failed.monitor", this::showCounters)),
        counting.then(failures.of("failed.monitor")));
  }

  private Counters counters() {
    return new Counters(stats.liveCounts(), pause.state().held());
  }

  private void showCounters(Counters c) {
    arrived.set(c.counts().total());
    awaiting.set(c.counts().needsReply());
    held.set(c.held());
  }

  private record Counters(MessageCounts counts, long held) {}

  private record Reading(Volume volume, Counters counters) {}

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
    Map<String, long[]> perMinute = stats.perMinute(start, MINUTES);
    long[] total = new long[MINUTES];
    perMinute
        .values()
        .forEach(
            series -> {
              for (int m = 0; m < MINUTES; m++) {
                total[m] += series[m];
              }
            });
    List<SpikeDetector.Spike> spikes = new SpikeDetector(SPIKE_FLOOR).detect(total);
    Map<String, Integer> terms = Map.of();
    if (!spikes.isEmpty()) {
      Instant from = start.plusSeconds(60L * spikes.get(spikes.size() - 1).minute());
      terms = TopTerms.of(stats.textsBetween(from, from.plusSeconds(300), 5000), 8);
    }
    return new Reading(new Volume(start, perMinute, declared, spikes, terms), counters());
  }

  public ObjectProperty<Volume> volumeProperty() {
    return volume;
  }

  public LongProperty arrivedProperty() {
    return arrived;
  }

  /** Messages stored since intake was paused, kept out of the queue until Release. */
  public LongProperty heldProperty() {
    return held;
  }

  public LongProperty awaitingProperty() {
    return awaiting;
  }
}
