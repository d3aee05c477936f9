package org.firebreak.ui.header;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.incident.ClockPhase;
import org.firebreak.incident.ClockReading;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.incident.IncidentState;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * The always-visible header: incident name, state and the crisis clock. The clock is recomputed
 * from the stored declaration time and the injected clock on every tick, never counted.
 */
public final class HeaderViewModel {

  private final IncidentService incidents;
  private final Clock clock;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final I18n i18n;

  private final StringProperty incidentName = new SimpleStringProperty();
  private final StringProperty stateText = new SimpleStringProperty();
  private final ObjectProperty<IncidentState> state =
      new SimpleObjectProperty<>(IncidentState.NONE);
  private final StringProperty clockText = new SimpleStringProperty(ClockReading.IDLE.text());
  private final StringProperty clockCaption = new SimpleStringProperty();
  private final ObjectProperty<ClockPhase> phase = new SimpleObjectProperty<>(ClockPhase.IDLE);
  private final BooleanProperty loaded = new SimpleBooleanProperty(false);
  private Optional<Incident> incident = Optional.empty();

  public HeaderViewModel(
      IncidentService incidents,
      Clock clock,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n) {
    this.incidents = incidents;
    this.clock = clock;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.i18n = i18n;
    incidentName.set(i18n.get("header.noIncident"));
    dataChanged.subscribe(this::refresh);
  }

  /** Reloads the incident from the database in the background. */
  public void refresh() {
    runner.run(incidents::current, this::apply, e -> {});
  }

  void apply(Optional<Incident> current) {
    incident = current;
    incidentName.set(current.map(Incident::name).orElse(i18n.get("header.noIncident")));
    loaded.set(true);
    tick();
  }

  /** Recomputes state and clock for the current instant. Cheap: no I/O. */
  public void tick() {
    IncidentState now = incident.map(i -> i.state(clock.instant())).orElse(IncidentState.NONE);
    state.set(now);
    stateText.set(i18n.of("incident.state", now));
    ClockReading reading =
        incident
            .map(i -> i.firstResponseWindow().readAt(clock.instant()))
            .orElse(ClockReading.IDLE);
    phase.set(reading.phase());
    clockText.set(reading.text());
    clockCaption.set(i18n.of("clock.caption", reading.phase()));
  }

  public void declare(DeclareIncidentForm form, Runnable onDone, Consumer<Throwable> onFailure) {
    String name = form.name().get();
    var cause = form.cause().get();
    var origin = form.origin().get();
    Duration window = Duration.ofMinutes(form.windowMinutes().get());
    runner.run(
        () -> incidents.declare(name, cause, origin, window, form.actor()),
        declared -> {
          dataChanged.fire();
          onDone.run();
        },
        onFailure);
  }

  public void resolve(Consumer<Throwable> onFailure) {
    runner.run(
        () ->
            incidents.resolve(
                IncidentService.DEFAULT_WATCH, System.getProperty("user.name", "user")),
        resolved -> dataChanged.fire(),
        onFailure);
  }

  public ReadOnlyStringProperty incidentNameProperty() {
    return incidentName;
  }

  public ReadOnlyStringProperty stateTextProperty() {
    return stateText;
  }

  public ReadOnlyObjectProperty<IncidentState> stateProperty() {
    return state;
  }

  public ReadOnlyStringProperty clockTextProperty() {
    return clockText;
  }

  public ReadOnlyStringProperty clockCaptionProperty() {
    return clockCaption;
  }

  public ReadOnlyObjectProperty<ClockPhase> phaseProperty() {
    return phase;
  }

  public ReadOnlyBooleanProperty loadedProperty() {
    return loaded;
  }
}
