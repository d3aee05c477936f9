package org.firebreak.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.firebreak.triage.AuditEntry;

/** Declares and resolves incidents under the rules of the playbook. */
public final class IncidentService {

  /** After an incident is resolved, the team keeps watching for this long by default. */
  public static final Duration DEFAULT_WATCH = Duration.ofHours(48);

  private final IncidentRepository incidents;
  private final Clock clock;

  private final Runnable onDeclared;

  public IncidentService(IncidentRepository incidents, Clock clock) {
    this(incidents, clock, () -> {});
  }

  /**
   * @param onDeclared prepares a newly declared incident (the starter labels), after it is stored
   */
  public IncidentService(IncidentRepository incidents, Clock clock, Runnable onDeclared) {
    this.incidents = incidents;
    this.clock = clock;
    this.onDeclared = onDeclared;
  }

  public Optional<Incident> current() {
    return incidents.current();
  }

  public IncidentState stateNow() {
    return current().map(i -> i.state(clock.instant())).orElse(IncidentState.NONE);
  }

  /**
   * Declares a new incident and starts the crisis clock now.
   *
   * @throws IncidentRuleException when another incident is still active or a field is invalid
   */
  public Incident declare(
      String name, Cause cause, Platform origin, Duration window, String actor) {
    return declare(name, cause, origin, window, actor, null);
  }

  /**
   * Declares an incident whose crisis clock started earlier, at a volume spike the person accepted
   * as the start: the first-response window is counted from then.
   *
   * @param clockStart when the clock starts; null for now. At most 24 hours back, never ahead.
   */
  public Incident declare(
      String name,
      Cause cause,
      Platform origin,
      Duration window,
      String actor,
      Instant clockStart) {
    Declaration d = prepare(name, cause, origin, window, actor, clockStart);
    Incident stored = incidents.insert(d.incident(), d.audit());
    onDeclared.run();
    return stored;
  }

  /** A checked declaration not stored yet, and its audit row. */
  public record Declaration(Incident incident, AuditEntry audit) {}

  /**
   * Checks a declaration as {@link #declare} does, without storing it: for a declaration stored
   * together with what a playbook loads.
   *
   * @throws IncidentRuleException when another incident is still active or a field is invalid
   */
  public Declaration prepare(
      String name,
      Cause cause,
      Platform origin,
      Duration window,
      String actor,
      Instant clockStart) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw new IncidentRuleException("incident.error.nameRequired", "name");
    }
    if (trimmed.length() > Incident.MAX_NAME_LENGTH) {
      throw new IncidentRuleException("incident.error.nameTooLong", "name");
    }
    if (window == null
        || window.compareTo(Duration.ofMinutes(1)) < 0
        || window.compareTo(Duration.ofHours(24)) > 0) {
      throw new IncidentRuleException("incident.error.windowRange", "window");
    }
    if (stateNow() == IncidentState.ACTIVE) {
      throw new IncidentRuleException("incident.error.alreadyActive", "state");
    }
    Instant now = clock.instant();
    Instant start = clockStart == null ? now : clockStart;
    if (start.isAfter(now) || start.isBefore(now.minus(Duration.ofHours(24)))) {
      throw new IncidentRuleException("incident.error.startRange", "clockStart");
    }
    Incident incident = new Incident(0, trimmed, cause, origin, window, start, null, null, null);
    AuditEntry audit =
        AuditEntry.of(
            now,
            actor,
            "incident.declare",
            "incident",
            0,
            null,
            describe(incident) + (start.equals(now) ? "" : " | clock from spike at " + start));
    return new Declaration(incident, audit);
  }

  /** Ends the active incident; the post-crisis watch runs for {@code watch} afterwards. */
  public Incident resolve(Duration watch, String actor) {
    Incident incident =
        current()
            .filter(i -> i.state(clock.instant()) == IncidentState.ACTIVE)
            .orElseThrow(() -> new IncidentRuleException("incident.error.noneActive", "state"));
    Instant now = clock.instant();
    Instant watchUntil = watch == null || watch.isZero() ? null : now.plus(watch);
    incidents.markResolved(
        incident.id(),
        now,
        watchUntil,
        AuditEntry.of(
            now, actor, "incident.resolve", "incident", incident.id(), "ACTIVE", "RESOLVED"));
    return current().orElseThrow();
  }

  /** Stops the crisis clock: the first statement went out on the origin platform. */
  public void recordFirstResponse(Instant at, String actor) {
    Incident incident =
        current()
            .orElseThrow(() -> new IncidentRuleException("incident.error.noneActive", "state"));
    if (incident.firstResponseAt() != null) {
      return;
    }
    incidents.markFirstResponse(
        incident.id(),
        at,
        AuditEntry.of(
            clock.instant(),
            actor,
            "incident.firstResponse",
            "incident",
            incident.id(),
            null,
            at.toString()));
  }

  private static String describe(Incident i) {
    return i.name()
        + " | "
        + i.cause()
        + " | "
        + i.originPlatform()
        + " | "
        + i.responseWindow().toMinutes()
        + " min";
  }
}
