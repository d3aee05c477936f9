package org.firebreak.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One crisis, from its declaration to the end of the watch that follows it. State is derived from
 * stored UTC times and the clock, never from a counter, so it survives restarts and clock jumps.
 */
public record Incident(
    long id,
    String name,
    Cause cause,
    Platform originPlatform,
    Duration responseWindow,
    Instant declaredAt,
    Instant firstResponseAt,
    Instant resolvedAt,
    Instant watchUntil) {

  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
  public static final int MAX_NAME_LENGTH = 200;

  public Incident {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(originPlatform, "originPlatform");
    Objects.requireNonNull(responseWindow, "responseWindow");
    Objects.requireNonNull(declaredAt, "declaredAt");
  }

  public IncidentState state(Instant now) {
    if (resolvedAt == null) {
      return IncidentState.ACTIVE;
    }
    if (watchUntil != null && now.isBefore(watchUntil)) {
      return IncidentState.POST_CRISIS_WATCH;
    }
    return IncidentState.RESOLVED;
  }

  public FirstResponseWindow firstResponseWindow() {
    return new FirstResponseWindow(declaredAt, responseWindow, firstResponseAt);
  }

  public Incident withId(long newId) {
    return new Incident(
        newId,
        name,
        cause,
        originPlatform,
        responseWindow,
        declaredAt,
        firstResponseAt,
        resolvedAt,
        watchUntil);
  }
}
