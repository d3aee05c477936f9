package org.firebreak.ui.header;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.incident.ClockPhase;
import org.firebreak.incident.ClockReading;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.incident.IncidentState;
import org.firebreak.statements.StatementService;
import org.firebreak.statements.StatementSummary;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ReadFailures;
import org.firebreak.ui.common.TaskRunner;

/**
 * The always-visible header: incident name, state and the crisis clock. The clock is recomputed
 * from the stored declaration time and the injected clock on every tick, never counted.
 */
public final class HeaderViewModel {

  private final IncidentService incidents;
  private final StatementService statements;
  private final Clock clock;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final I18n i18n;
  private final org.firebreak.plan.PlaybookService playbooks;
  private org.firebreak.store.AlertSettingsStore alertStore;
  private boolean preferMuted;
  private long alertsOf;
  private boolean loadingAlerts;

  private final StringProperty incidentName = new SimpleStringProperty();
  private final StringProperty stateText = new SimpleStringProperty();
  private final ObjectProperty<IncidentState> state =
      new SimpleObjectProperty<>(IncidentState.NONE);
  private final StringProperty clockText = new SimpleStringProperty(ClockReading.IDLE.text());
  private final StringProperty clockCaption = new SimpleStringProperty();
  private final ObjectProperty<ClockPhase> phase = new SimpleObjectProperty<>(ClockPhase.IDLE);
  private final BooleanProperty loaded = new SimpleBooleanProperty(false);
  private final ObjectProperty<List<ClockMarks.Mark>> marks = new SimpleObjectProperty<>(List.of());
  private final StringProperty reminderText = new SimpleStringProperty("");
  private final BooleanProperty reminderLate = new SimpleBooleanProperty(false);
  private final BooleanProperty muted = new SimpleBooleanProperty(false);
  private final IntegerProperty cadenceMinutes =
      new SimpleIntegerProperty(UpdateCadence.DEFAULT_MINUTES);
  private final ClockAlerts alerts = new ClockAlerts();
  private final List<Consumer<ClockPhase>> alertListeners = new ArrayList<>();
  private Optional<Incident> incident = Optional.empty();
  private Instant lastPublished;
  private final ReadFailures failures;

  public HeaderViewModel(
      IncidentService incidents,
      StatementService statements,
      Clock clock,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n) {
    this(
        incidents,
        statements,
        clock,
        runner,
        dataChanged,
        i18n,
        null,
        new ReadFailures(i18n, new Formats(i18n, java.time.ZoneId.systemDefault()), clock));
  }

  /**
   * @param playbooks declares from a playbook when the form names one; null for none
   * @param failures where its background reads and saves report a failure
   */
  public HeaderViewModel(
      IncidentService incidents,
      StatementService statements,
      Clock clock,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      org.firebreak.plan.PlaybookService playbooks,
      ReadFailures failures) {
    this.playbooks = playbooks;
    this.failures = failures;
    this.incidents = incidents;
    this.statements = statements;
    this.clock = clock;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.i18n = i18n;
    incidentName.set(i18n.get("header.noIncident"));
    // a triage action changes none of this: only other changes reload it
    dataChanged.subscribe(this::refresh, () -> {});
    cadenceMinutes.addListener((o, was, now) -> tick());
  }

  /** Reloads the incident from the database in the background. */
  public void refresh() {
    // the incident first, so the clock shows at once; the latest publication right after
    runner.run(
        incidents::current,
        failures.ok("failed.incident", this::apply),
        failures.of("failed.incident"));
    runner.run(
        () ->
            statements.list().stream()
                .map(StatementSummary::publishedAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(null),
        failures.ok(
            "failed.published",
            last -> {
              lastPublished = last;
              tick();
            }),
        failures.of("failed.published"));
  }

  /**
   * Keeps the mute switch and the update cadence with each incident: loaded when its incident is
   * shown, saved when changed.
   */
  public void keepAlertsIn(org.firebreak.store.AlertSettingsStore store, boolean mutedByDefault) {
    this.alertStore = store;
    this.preferMuted = mutedByDefault;
    muted.set(mutedByDefault);
    muted.addListener((o, was, now) -> saveAlerts());
    cadenceMinutes.addListener((o, was, now) -> saveAlerts());
  }

  private void loadAlerts(Incident i) {
    if (alertStore == null || i.id() == alertsOf) {
      return;
    }
    alertsOf = i.id();
    long id = i.id();
    runner.run(
        () -> alertStore.load(id),
        failures.ok(
            "failed.alerts",
            s -> {
              loadingAlerts = true;
              try {
                muted.set(s.muted() || preferMuted);
                cadenceMinutes.set(s.cadenceMinutes());
              } finally {
                loadingAlerts = false;
              }
            }),
        failures.of("failed.alerts"));
  }

  private void saveAlerts() {
    if (alertStore == null || loadingAlerts || incident.isEmpty()) {
      return;
    }
    long id = incident.get().id();
    org.firebreak.incident.AlertSettings s =
        new org.firebreak.incident.AlertSettings(muted.get(), cadenceMinutes.get());
    runner.execute(
        () -> alertStore.save(id, s, System.getProperty("user.name", "user"), clock.instant()),
        () -> failures.ok("failed.alertsSave"),
        failures.of("failed.alertsSave"));
  }

  void apply(Optional<Incident> current) {
    incident = current;
    current.ifPresent(this::loadAlerts);
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
    Instant at = clock.instant();
    boolean active = now == IncidentState.ACTIVE;
    marks.set(active ? ClockMarks.at(incident.get().declaredAt(), at) : List.of());
    remind(active, at);
    if (active) {
      alerts
          .observe(incident.get().id(), reading.phase())
          .ifPresent(p -> List.copyOf(alertListeners).forEach(l -> l.accept(p)));
    } else {
      alerts.reset();
    }
  }

  private void remind(boolean active, Instant at) {
    Optional<UpdateCadence.Reminder> reminder =
        active
            ? UpdateCadence.at(
                incident.get().firstResponseAt(), lastPublished, cadenceMinutes.get(), at)
            : Optional.empty();
    reminderLate.set(reminder.map(UpdateCadence.Reminder::late).orElse(false));
    reminderText.set(
        reminder
            .map(
                r ->
                    r.late()
                        ? i18n.get("clock.update.late", UpdateCadence.mmss(r.left()))
                        : i18n.get("clock.update.next", UpdateCadence.mmss(r.left())))
            .orElse(""));
  }

  /** Called on the FX thread each time the clock crosses into WARNING, CRITICAL or OVERDUE. */
  public void onAlert(Consumer<ClockPhase> listener) {
    alertListeners.add(listener);
  }

  /** Title and body of the notification for a threshold. */
  public String alertTitle(ClockPhase crossed) {
    return i18n.of("clock.alert.title", crossed);
  }

  public String alertText(ClockPhase crossed) {
    return i18n.get("clock.alert.text", incidentName.get(), clockText.get());
  }

  public void declare(DeclareIncidentForm form, Runnable onDone, Consumer<Throwable> onFailure) {
    String name = form.name().get();
    var cause = form.cause().get();
    var origin = form.origin().get();
    Duration window = Duration.ofMinutes(form.windowMinutes().get());
    java.time.Instant clockStart = form.clockStart();
    org.firebreak.plan.Playbook playbook = form.playbook().get();
    String severity = form.severity().get() == null ? null : form.severity().get().name();
    runner.run(
        () ->
            playbook == null || playbooks == null
                ? incidents.declare(name, cause, origin, window, form.actor(), clockStart)
                : playbooks.declare(
                    playbook.id(), severity, name, cause, origin, form.actor(), clockStart),
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

  public ReadOnlyObjectProperty<List<ClockMarks.Mark>> marksProperty() {
    return marks;
  }

  public ReadOnlyStringProperty reminderTextProperty() {
    return reminderText;
  }

  public ReadOnlyBooleanProperty reminderLateProperty() {
    return reminderLate;
  }

  /** Whether threshold notifications stay silent. */
  public BooleanProperty mutedProperty() {
    return muted;
  }

  /** Minutes between updates after the first statement. */
  public IntegerProperty cadenceMinutesProperty() {
    return cadenceMinutes;
  }
}
