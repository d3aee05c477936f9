package org.firebreak.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentTest {
  private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

  private static Incident incident(Instant resolved, Instant watchUntil) {
    return new Incident(
        1,
        "Recall",
        Cause.EXTERNAL,
        Platform.X,
        Duration.ofMinutes(15),
        T0,
        null,
        resolved,
        watchUntil);
  }

  @Test
  void isActiveUntilResolved() {
    assertThat(incident(null, null).state(T0.plus(Duration.ofDays(3))))
        .isEqualTo(IncidentState.ACTIVE);
  }

  @Test
  void isWatchedAfterResolutionUntilTheWatchEnds() {
    Instant resolved = T0.plus(Duration.ofHours(5));
    Incident i = incident(resolved, resolved.plus(Duration.ofHours(48)));
    assertThat(i.state(resolved.plusSeconds(1))).isEqualTo(IncidentState.POST_CRISIS_WATCH);
    assertThat(i.state(resolved.plus(Duration.ofHours(48)))).isEqualTo(IncidentState.RESOLVED);
  }

  @Test
  void isResolvedAtOnceWithoutAWatch() {
    assertThat(incident(T0.plusSeconds(60), null).state(T0.plusSeconds(61)))
        .isEqualTo(IncidentState.RESOLVED);
  }

  @Test
  void platformNamesAreReadLoosely() {
    assertThat(Platform.parse(" twitter ")).isEqualTo(Platform.X);
    assertThat(Platform.parse("Facebook")).isEqualTo(Platform.FACEBOOK);
    assertThat(Platform.parse("bsky")).isEqualTo(Platform.BLUESKY);
    assertThat(Platform.parse("myspace")).isEqualTo(Platform.OTHER);
    assertThat(Platform.parse(null)).isEqualTo(Platform.OTHER);
  }
}
