package org.firebreak.ui.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.firebreak.app.Services;
import org.firebreak.incident.Platform;
import org.firebreak.statements.StatementKind;
import org.firebreak.statements.StatementState;
import org.firebreak.statements.ToneCategory;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.SameThreadRunner;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementsViewModelTest {

  static final String DEFENSIVE = "We did nothing wrong. Sorry if anyone was offended.";
  static final String GOOD =
      "We are sorry. We made a mistake and we take full responsibility. We understand how upsetting"
          + " this is for you. We will post the next update by 10:00. Help: https://aromabrew.example/recall";

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private final DataChanged dataChanged = new DataChanged();
  private final SameThreadRunner runner = new SameThreadRunner();
  private final I18n i18n = new I18n(Locale.ENGLISH);
  private Services services;
  private StatementsViewModel vm;

  @BeforeEach
  void open() {
    services = TempDatabase.open(dir, clock);
    services.writeDemo();
    vm =
        new StatementsViewModel(
            services.statementService(),
            services.incidents(),
            services.team()::all,
            runner,
            dataChanged,
            i18n,
            clock,
            "ana",
            Debounce.immediate());
    dataChanged.fire();
  }

  @AfterEach
  void close() {
    services.close();
  }

  private void createApologyFromTemplate() {
    NewStatementForm form =
        new NewStatementForm(vm.incidentProperty().get().name(), "Ayu Lestari", i18n, clock);
    form.kind().set(StatementKind.APOLOGY);
    form.hubUrl().set("https://aromabrew.example/recall");
    form.brand().set("AromaBrew");
    assertThat(form.title().get()).isEqualTo("Apology: AromaBrew kettle recall");
    vm.workflow().create(form);
  }

  @Test
  void aTemplateIsFilledWithTheIncidentHubAndSpokesperson() {
    assertThat(vm.items()).hasSize(1);
    createApologyFromTemplate();
    assertThat(vm.items()).hasSize(2);
    String text = vm.editor().textProperty().get();
    assertThat(text)
        .contains("AromaBrew kettle recall")
        .contains("https://aromabrew.example/recall")
        .contains("Ayu Lestari")
        .doesNotContain("{");
    assertThat(vm.detailProperty().get().statement().spokesperson()).isEqualTo("Ayu Lestari");
    assertThat(vm.workflow().canSubmitProperty().get()).isTrue();
    assertThat(vm.workflow().canApproveProperty().get()).isFalse();
  }

  @Test
  void theToneCheckFlagsADefensiveDraftAndPassesAGoodApology() {
    createApologyFromTemplate();
    vm.editor().textProperty().set(DEFENSIVE);
    ToneCheckViewModel tone = vm.tone();
    assertThat(tone.findings())
        .extracting(f -> f.category())
        .contains(ToneCategory.DEFENSIVE, ToneCategory.NON_APOLOGY);
    assertThat(tone.findings()).allSatisfy(f -> assertThat(f.explanation()).isNotBlank());
    int bad = tone.reportProperty().get().score();
    vm.editor().textProperty().set(GOOD);
    assertThat(tone.reportProperty().get().score()).isGreaterThan(bad).isGreaterThanOrEqualTo(80);
    assertThat(tone.reportProperty().get().has(ToneCategory.DEFENSIVE)).isFalse();
  }

  @Test
  void aSlowToneCheckOfAnOlderDraftNeverReplacesTheNewest() {
    createApologyFromTemplate();
    runner.hold();
    vm.editor().textProperty().set(GOOD);
    vm.editor().textProperty().set(DEFENSIVE);
    runner.releaseNewestFirst(); // the older check finishes last
    assertThat(vm.tone().reportProperty().get().has(ToneCategory.DEFENSIVE)).isTrue();
  }

  @Test
  void aSaveAfterSomeoneElsesShowsTheConflictAndKeepsBothTexts() {
    createApologyFromTemplate();
    long id = vm.selectedIdProperty().get();
    vm.editor().textProperty().set("Mine: " + GOOD);
    assertThat(vm.editor().canSaveProperty().get()).isTrue();
    services.statementService().saveDraft(id, 1, "Theirs: " + GOOD, "Tom Becker");

    vm.editor().save();

    var conflict = vm.editor().conflictProperty().get();
    assertThat(conflict).isNotNull();
    assertThat(conflict.latestAuthor()).isEqualTo("Tom Becker");
    assertThat(vm.editor().conflictMessage(conflict)).startsWith("Tom Becker saved version 2");
    assertThat(vm.editor().textProperty().get()).startsWith("Mine:");
    assertThat(services.statementService().versions(id))
        .extracting(v -> v.text().substring(0, 5))
        .contains("Mine:", "Their");
    vm.editor().save(); // merged onto theirs: now it goes in
    assertThat(vm.editor().conflictProperty().get()).isNull();
    assertThat(vm.detailProperty().get().statement().text()).startsWith("Mine:");
    assertThat(vm.history().versions()).hasSize(4);
    assertThat(vm.history().diffProperty().get().unchanged()).isFalse();
  }

  @Test
  void approvalNeedsTheApproverRoleAndPublicationGoesToTheOriginFirst() {
    createApologyFromTemplate();
    vm.workflow().submit();
    assertThat(vm.detailProperty().get().statement().state()).isEqualTo(StatementState.IN_REVIEW);
    assertThat(vm.workflow().approverChoices().get(0)).isEqualTo("Tom Becker");

    vm.workflow().approve("Ayu Lestari");
    assertThat(vm.messageErrorProperty().get()).isTrue();
    assertThat(vm.messageProperty().get()).startsWith("Only a team member with the approver role");
    vm.workflow().approve("Tom Becker");
    assertThat(vm.detailProperty().get().statement().state()).isEqualTo(StatementState.APPROVED);
    assertThat(vm.messageProperty().get()).isEqualTo("Approved by Tom Becker.");

    VariantsViewModel variants = vm.variants();
    assertThat(variants.rows().get(0).platform()).isEqualTo(Platform.X);
    VariantRow facebook = variants.row(Platform.FACEBOOK).orElseThrow();
    assertThat(variants.needsOverride(facebook)).isTrue();
    assertThat(variants.canPublish(facebook).get()).isTrue();
    variants.publish(facebook, null, null);
    assertThat(vm.messageProperty().get()).startsWith("Origin first");
    VariantRow x = variants.row(Platform.X).orElseThrow();
    variants.publish(x, "https://x.com/aromabrew/status/1", null);
    assertThat(x.publishedProperty().get()).isTrue();
    assertThat(services.incidents().current().orElseThrow().firstResponseAt()).isNotNull();
    assertThat(variants.needsOverride(facebook)).isFalse();
    variants.publish(facebook, null, null);
    assertThat(facebook.publishedProperty().get()).isTrue();
    assertThat(vm.detailProperty().get().statement().state()).isEqualTo(StatementState.PUBLISHED);
  }

  @Test
  void variantCountsFollowEachPlatformAndShowOverTheLimitWithoutCutting() {
    createApologyFromTemplate();
    VariantRow x = vm.variants().row(Platform.X).orElseThrow();
    String long300 = "a".repeat(300);
    x.textProperty().set(long300);
    assertThat(x.countTextProperty().get()).isEqualTo("300 / 280");
    assertThat(x.overProperty().get()).isTrue();
    assertThat(x.textProperty().get()).hasSize(300);
    VariantRow mastodon = vm.variants().row(Platform.MASTODON).orElseThrow();
    mastodon.textProperty().set("See https://example.org/" + "x".repeat(100));
    assertThat(mastodon.countTextProperty().get()).isEqualTo("27 / 500");
    vm.variants().save(x);
    assertThat(services.statementService().variants(vm.selectedIdProperty().get()))
        .anySatisfy(v -> assertThat(v.text()).isEqualTo(long300));
    assertThat(x.dirtyProperty().get()).isFalse();
  }

  @Test
  void anAlternativeIsADraftOfTheSameStatementAndRejectionAsksAReason() {
    createApologyFromTemplate();
    long first = vm.selectedIdProperty().get();
    vm.workflow().addAlternative();
    long alt = vm.selectedIdProperty().get();
    assertThat(alt).isNotEqualTo(first);
    assertThat(vm.items()).hasSize(3);
    vm.workflow().submit();
    vm.workflow().reject("Tom Becker", " ");
    assertThat(vm.messageProperty().get()).isEqualTo("Give a reason.");
    vm.workflow().reject("Tom Becker", "Too defensive");
    assertThat(vm.detailProperty().get().statement().state()).isEqualTo(StatementState.REJECTED);
    assertThat(vm.workflow().canReviseProperty().get()).isTrue();
    vm.workflow().revise();
    assertThat(vm.detailProperty().get().statement().state()).isEqualTo(StatementState.DRAFT);
  }
}
