package org.firebreak.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.triage.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentServiceTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);

  @Test
  void declaringStartsTheClockAndIsAudited() {
    try (Services s = TempDatabase.open(dir, clock)) {
      assertThat(s.incidents().stateNow()).isEqualTo(IncidentState.NONE);
      Incident i =
          s.incidents()
              .declare(
                  "  Kettle recall ", Cause.EXTERNAL, Platform.X, Duration.ofMinutes(15), "rina");
      assertThat(i.name()).isEqualTo("Kettle recall");
      assertThat(s.incidents().stateNow()).isEqualTo(IncidentState.ACTIVE);
      assertThat(s.audit().history("incident", i.id()))
          .extracting(AuditEntry::action, AuditEntry::actor)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("incident.declare", "rina"));
    }
  }

  @Test
  void closingAndReopeningMidIncidentShowsTheSameRemainingTime() {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.incidents()
          .declare(
              "Insensitive post",
              Cause.INTERNAL,
              Platform.INSTAGRAM,
              Duration.ofMinutes(20),
              "rina");
    }
    clock.advance(Duration.ofMinutes(7).plusSeconds(15));
    try (Services reopened = TempDatabase.open(dir, clock)) {
      Incident i = reopened.incidents().current().orElseThrow();
      assertThat(i.originPlatform()).isEqualTo(Platform.INSTAGRAM);
      assertThat(i.firstResponseWindow().readAt(clock.instant()).text()).isEqualTo("12:45");
    }
  }

  @Test
  void aSecondIncidentCannotBeDeclaredWhileOneIsActive() {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.incidents().declare("First", Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "rina");
      assertThatThrownBy(
              () ->
                  s.incidents()
                      .declare(
                          "Second", Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "rina"))
          .isInstanceOfSatisfying(
              IncidentRuleException.class,
              e -> assertThat(e.messageKey()).isEqualTo("incident.error.alreadyActive"));
    }
  }

  @Test
  void resolvingStartsThePostCrisisWatchAndAllowsANewIncidentLater() {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.incidents().declare("First", Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "rina");
      clock.advance(Duration.ofHours(2));
      s.incidents().resolve(Duration.ofHours(48), "rina");
      assertThat(s.incidents().stateNow()).isEqualTo(IncidentState.POST_CRISIS_WATCH);
      clock.advance(Duration.ofHours(49));
      assertThat(s.incidents().stateNow()).isEqualTo(IncidentState.RESOLVED);
      Incident second =
          s.incidents()
              .declare("Second", Cause.EXTERNAL, Platform.FACEBOOK, Duration.ofMinutes(10), "rina");
      assertThat(s.incidents().current()).contains(second);
    }
  }

  @Test
  void resolvingWithoutAnActiveIncidentIsRefused() {
    try (Services s = TempDatabase.open(dir, clock)) {
      assertThatThrownBy(() -> s.incidents().resolve(Duration.ZERO, "rina"))
          .isInstanceOfSatisfying(
              IncidentRuleException.class, e -> assertThat(e.field()).isEqualTo("state"));
    }
  }

  @Test
  void refusesABlankNameAndAWindowOutOfRange() {
    try (Services s = TempDatabase.open(dir, clock)) {
      assertThatThrownBy(
              () ->
                  s.incidents()
                      .declare("   ", Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "a"))
          .isInstanceOfSatisfying(
              IncidentRuleException.class, e -> assertThat(e.field()).isEqualTo("name"));
      assertThatThrownBy(
              () ->
                  s.incidents()
                      .declare(
                          "x".repeat(201), Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "a"))
          .isInstanceOfSatisfying(
              IncidentRuleException.class,
              e -> assertThat(e.messageKey()).isEqualTo("incident.error.nameTooLong"));
      assertThatThrownBy(
              () -> s.incidents().declare("Recall", Cause.INTERNAL, Platform.X, Duration.ZERO, "a"))
          .isInstanceOfSatisfying(
              IncidentRuleException.class, e -> assertThat(e.field()).isEqualTo("window"));
      assertThat(s.incidents().current()).isEmpty();
    }
  }

  @Test
  void theFirstResponseStopsTheClockOnce() {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.incidents().declare("Recall", Cause.EXTERNAL, Platform.X, Duration.ofMinutes(15), "rina");
      s.incidents().recordFirstResponse(TempDatabase.T0.plusSeconds(540), "ayu");
      s.incidents().recordFirstResponse(TempDatabase.T0.plusSeconds(900), "ayu");
      clock.advance(Duration.ofHours(1));
      Incident i = s.incidents().current().orElseThrow();
      assertThat(i.firstResponseWindow().readAt(clock.instant()).text()).isEqualTo("09:00");
    }
  }

  @Test
  void aNewIncidentStartsWithTheStarterLabels() {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.incidents().declare("Recall", Cause.EXTERNAL, Platform.X, Duration.ofMinutes(15), "rina");
      assertThat(s.labels().all())
          .extracting(org.firebreak.triage.Label::name)
          .containsExactly(
              "needs reply",
              "complaint",
              "question",
              "press",
              "safety",
              "legal",
              "VIP",
              "praise",
              "spam");
      clock.advance(Duration.ofHours(1));
      s.incidents().resolve(Duration.ZERO, "rina");
      s.labelService()
          .update(s.labels().all().get(1).id(), "Complaint!", "#e37400", null, 2, "rina");
      s.incidents().declare("Second", Cause.EXTERNAL, Platform.X, Duration.ofMinutes(15), "rina");
      assertThat(s.labels().all())
          .hasSize(10)
          .extracting(org.firebreak.triage.Label::name)
          .contains("Complaint!", "complaint");
    }
  }

  @Test
  void theClockCanStartAtAnAcceptedSpikeButNotInTheFutureOrDaysBack() {
    try (Services s = TempDatabase.open(dir, clock)) {
      assertThatThrownBy(
              () ->
                  s.incidents()
                      .declare(
                          "Recall",
                          Cause.EXTERNAL,
                          Platform.X,
                          Duration.ofMinutes(15),
                          "rina",
                          TempDatabase.T0.plusSeconds(60)))
          .isInstanceOfSatisfying(
              IncidentRuleException.class, e -> assertThat(e.field()).isEqualTo("clockStart"));
      assertThatThrownBy(
              () ->
                  s.incidents()
                      .declare(
                          "Recall",
                          Cause.EXTERNAL,
                          Platform.X,
                          Duration.ofMinutes(15),
                          "rina",
                          TempDatabase.T0.minus(Duration.ofHours(25))))
          .isInstanceOf(IncidentRuleException.class);
      Incident i =
          s.incidents()
              .declare(
                  "Recall",
                  Cause.EXTERNAL,
                  Platform.X,
                  Duration.ofMinutes(15),
                  "rina",
                  TempDatabase.T0.minus(Duration.ofMinutes(6)));
      assertThat(i.firstResponseWindow().readAt(clock.instant()).text()).isEqualTo("09:00");
      assertThat(s.audit().history("incident", i.id()))
          .singleElement()
          .satisfies(a -> assertThat(a.after()).contains("clock from spike"));
    }
  }
}
