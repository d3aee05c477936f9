package org.firebreak.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentRuleException;
import org.firebreak.incident.Platform;
import org.firebreak.statements.StatementKind;
import org.firebreak.statements.StatementState;
import org.firebreak.statements.StatementSummary;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.triage.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookServiceTest {

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(TempDatabase.T0);
  Services services;
  PlaybookService playbooks;

  @BeforeEach
  void open() {
    services = TempDatabase.open(dir, clock);
    playbooks = services.playbooks();
  }

  @AfterEach
  void close() {
    services.close();
  }

  Playbook named(String name) {
    return playbooks.all().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aNewDatabaseHasTheSixBuiltInPlaybooksInEnglishAndIndonesian() {
    List<Playbook> all = playbooks.all();
    assertThat(all).hasSize(12).allMatch(Playbook::builtIn);
    for (String lang : List.of("en", "id")) {
      assertThat(all.stream().filter(p -> p.language().equals(lang)).map(Playbook::type))
          .containsExactlyInAnyOrder(
              CrisisType.INTERNAL_MISTAKE,
              CrisisType.PRODUCT_SAFETY,
              CrisisType.OUTAGE,
              CrisisType.NATURAL_DISASTER,
              CrisisType.EXECUTIVE_SCANDAL,
              CrisisType.DATA_BREACH);
    }
    assertThat(named("Kebocoran data").severities())
        .extracting(Playbook.Severity::name)
        .containsExactly("Rendah", "Tinggi", "Kritis");
  }

  @Test
  void aDeletedBuiltInStaysDeletedAfterReopening() {
    playbooks.delete(named("Outage").id(), "ayu");
    services.close();
    services = TempDatabase.open(dir, clock);
    assertThat(services.playbooks().all()).hasSize(11).noneMatch(p -> p.name().equals("Outage"));
  }

  @Test
  void declaringFromAPlaybookLoadsWindowChecklistLabelsRulesDraftsAndHubInOneStep() {
    Playbook breach = named("Data breach");
    Incident incident =
        playbooks.declare(
            breach.id(), "Critical", "Login leak", Cause.INTERNAL, Platform.X, "ayu", null);

    assertThat(incident.responseWindow()).isEqualTo(Duration.ofMinutes(10));
    assertThat(services.incidents().current()).contains(incident);
    assertThat(services.labels().all()).extracting(Label::name).contains("breach", "needs reply");
    assertThat(services.labelService().rules()).hasSize(3);
    List<StatementSummary> drafts = services.statementService().list();
    assertThat(drafts)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(StatementKind.HOLDING);
              assertThat(s.state()).isEqualTo(StatementState.DRAFT);
              assertThat(s.title()).isEqualTo("Holding statement: Login leak");
            });
    assertThat(services.hub().content().faq()).hasSize(2);
    List<ChecklistItem> checklist = playbooks.checklist();
    assertThat(checklist)
        .extracting(ChecklistItem::kind)
        .contains(
            ChecklistItem.Kind.STEP, ChecklistItem.Kind.PAUSE_POSTS, ChecklistItem.Kind.NOTIFY);
    assertThat(checklist.stream().filter(i -> i.kind() == ChecklistItem.Kind.PAUSE_POSTS))
        .extracting(ChecklistItem::text)
        .containsExactly("Hootsuite", "Buffer", "Meta Business Suite");
    assertThat(checklist).noneMatch(ChecklistItem::done);
  }

  @Test
  void aRefusedDeclarationLoadsNothing() {
    services
        .incidents()
        .declare("Already on", Cause.INTERNAL, Platform.X, Duration.ofMinutes(15), "ayu");
    int labels = services.labels().all().size();
    assertThatThrownBy(
            () ->
                playbooks.declare(
                    named("Outage").id(),
                    "High",
                    "Second",
                    Cause.INTERNAL,
                    Platform.X,
                    "ayu",
                    null))
        .isInstanceOf(IncidentRuleException.class);
    assertThat(services.labels().all()).hasSize(labels);
    assertThat(services.statementService().list()).isEmpty();
    assertThat(services.hub().content().faq()).isEmpty();
    assertThat(playbooks.checklist()).isEmpty();
    assertThatThrownBy(
            () ->
                playbooks.declare(
                    named("Outage").id(), "Enormous", "X", Cause.INTERNAL, Platform.X, "ayu", null))
        .isInstanceOf(PlanRuleException.class)
        .hasMessageContaining("Enormous");
  }

  @Test
  void aChecklistItemIsTickedWithWhoAndWhenAndAudited() {
    playbooks.declare(named("Outage").id(), "Low", "Down", Cause.INTERNAL, Platform.X, "ayu", null);
    clock.advance(Duration.ofMinutes(3));
    ChecklistItem first = playbooks.checklist().get(0);
    ChecklistItem ticked = playbooks.tick(first.id(), true, "budi");
    assertThat(ticked.doneBy()).isEqualTo("budi");
    assertThat(ticked.doneAt()).isEqualTo(TempDatabase.T0.plus(Duration.ofMinutes(3)));
    assertThat(services.audit().history("checklist", first.id()))
        .singleElement()
        .satisfies(a -> assertThat(a.actor()).isEqualTo("budi"));
    clock.advance(Duration.ofMinutes(1));
    assertThat(playbooks.tick(first.id(), true, "citra").doneBy()).isEqualTo("budi");
    assertThat(playbooks.tick(first.id(), false, "citra").done()).isFalse();
  }

  @Test
  void playbooksAreAddedDuplicatedEditedAndRefusedByField() {
    Playbook copy = playbooks.duplicate(named("Outage").id(), "Outage (payments)", "ayu");
    assertThat(copy.builtIn()).isFalse();
    assertThat(copy.severities()).isEqualTo(named("Outage").severities());
    Playbook edited =
        new Playbook(
            copy.id(),
            copy.name(),
            "en",
            CrisisType.OUTAGE,
            Cause.INTERNAL,
            false,
            List.of(new Playbook.Severity("Sev 1", 5)),
            List.of("Call the on-call engineer"),
            copy.statements(),
            copy.labels(),
            copy.rules(),
            copy.hub(),
            List.of("CTO"));
    playbooks.save(edited, "ayu");
    assertThat(named("Outage (payments)").severities())
        .containsExactly(new Playbook.Severity("Sev 1", 5));
    assertThatThrownBy(() -> playbooks.duplicate(copy.id(), "outage", "ayu"))
        .isInstanceOf(PlanRuleException.class)
        .hasMessageContaining("already a playbook");
    Playbook bad =
        new Playbook(
            0,
            "Bad",
            "en",
            CrisisType.OTHER,
            Cause.INTERNAL,
            false,
            List.of(new Playbook.Severity("Sev 1", 0)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            List.of());
    assertThatThrownBy(() -> playbooks.save(bad, "ayu"))
        .isInstanceOf(PlanRuleException.class)
        .hasMessageContaining("severities[0].windowMinutes");
  }
}
