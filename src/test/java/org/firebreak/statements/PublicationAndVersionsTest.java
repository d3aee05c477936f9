package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.statements.ApprovalFlowTest.assertRefused;
import static org.firebreak.statements.StatementFixture.APPROVER;
import static org.firebreak.statements.StatementFixture.RESPONDER;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.firebreak.incident.Platform;
import org.firebreak.triage.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationAndVersionsTest {

  @TempDir Path dir;
  private StatementFixture f;
  private StatementService service;

  @BeforeEach
  void open() {
    f = new StatementFixture(dir);
    service = f.service;
    f.declare(Platform.X);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void publishingElsewhereBeforeTheOriginIsRefused() {
    Statement s = f.approved("We are sorry.");
    assertRefused(
        () -> service.publish(s.id(), Platform.FACEBOOK, null, null, null, RESPONDER),
        "statement.error.originFirst",
        "overrideReason");
    assertRefused(
        () -> service.publish(s.id(), Platform.FACEBOOK, null, null, "  ", RESPONDER),
        "statement.error.originFirst",
        "overrideReason");
    assertThat(service.get(s.id()).state()).isEqualTo(StatementState.APPROVED);
    assertThat(service.variants(s.id())).isEmpty();
    assertThat(f.incidents.current().orElseThrow().firstResponseAt()).isNull();
  }

  @Test
  void overridingTheOriginRuleIsRecordedAndAudited() {
    Statement s = f.approved("We are sorry.");
    PlatformVariant fb =
        service.publish(s.id(), Platform.FACEBOOK, null, null, "X account locked out", RESPONDER);

    assertThat(fb.published()).isTrue();
    assertThat(fb.overrideReason()).isEqualTo("X account locked out");
    List<AuditEntry> history = f.audit.history("statement", s.id());
    assertThat(history)
        .filteredOn(e -> e.action().equals("statement.originOverride"))
        .singleElement()
        .satisfies(
            e -> assertThat(e.after()).contains("FACEBOOK").contains("X account locked out"));
    // not the origin: the clock still runs
    assertThat(f.incidents.current().orElseThrow().firstResponseAt()).isNull();
  }

  @Test
  void firstPublicationOnTheOriginStopsTheClock() {
    Statement s = f.approved("We are sorry.");
    f.clock.advance(Duration.ofMinutes(7));
    Instant postedAt = f.clock.instant().minusSeconds(30);

    PlatformVariant x =
        service.publish(s.id(), Platform.X, postedAt, " https://x.com/brand/1 ", null, RESPONDER);

    assertThat(x.postUrl()).isEqualTo("https://x.com/brand/1");
    assertThat(x.publishedAt()).isEqualTo(postedAt);
    Statement published = service.get(s.id());
    assertThat(published.state()).isEqualTo(StatementState.PUBLISHED);
    assertThat(published.publishedAt()).isEqualTo(postedAt);
    assertThat(f.incidents.current().orElseThrow().firstResponseAt()).isEqualTo(postedAt);
    assertThat(f.audit.history("incident", f.incidents.current().orElseThrow().id()))
        .extracting(AuditEntry::action)
        .contains("incident.firstResponse");

    // then the others, no override needed; a second publication on a platform is refused
    service.publish(s.id(), Platform.MASTODON, null, null, null, RESPONDER);
    assertRefused(
        () -> service.publish(s.id(), Platform.X, null, null, null, RESPONDER),
        "statement.error.alreadyPublished",
        "platform");
    assertThat(service.variants(s.id()))
        .extracting(PlatformVariant::platform)
        .containsExactly(Platform.X, Platform.MASTODON);
    assertThat(f.incidents.current().orElseThrow().firstResponseAt()).isEqualTo(postedAt);
  }

  @Test
  void variantsAreSavedPerPlatformAndEditingOneWithdrawsApproval() {
    Statement s = f.draft("We are sorry.");
    service.saveVariant(s.id(), Platform.X, "Sorry, X version", RESPONDER);
    service.submitForReview(s.id(), RESPONDER);
    service.approve(s.id(), APPROVER);

    service.saveVariant(s.id(), Platform.X, "Sorry, changed X version", RESPONDER);
    assertThat(service.get(s.id()).state()).isEqualTo(StatementState.IN_REVIEW);

    service.approve(s.id(), APPROVER);
    PlatformVariant x = service.publish(s.id(), Platform.X, null, null, null, RESPONDER);
    assertThat(x.text()).isEqualTo("Sorry, changed X version");
  }

  @Test
  void everySaveIsANewVersionWithAReadableDiff() {
    Statement s = f.draft("We are sorry for the delay.");
    service.saveDraft(s.id(), 1, "We are truly sorry for the delay.", RESPONDER);
    service.saveDraft(s.id(), 2, "We are truly sorry for the long delay.", RESPONDER);

    assertThat(service.versions(s.id()))
        .extracting(StatementVersion::version)
        .containsExactly(1, 2, 3);
    assertThat(service.diff(s.id(), 1, 3).render())
        .isEqualTo("We are {+truly +}sorry for the {+long +}delay.");
    assertRefused(() -> service.diff(s.id(), 1, 9), "statement.error.noSuchVersion", "version");
  }

  @Test
  void aStaleSaveIsKeptAsAConflictAndLosesNothing() {
    Statement s = f.draft("Original text");
    SaveResult first = service.saveDraft(s.id(), 1, "Ana's edit", "Ana");
    SaveResult second = service.saveDraft(s.id(), 1, "Budi's edit", "Budi");

    assertThat(first).isInstanceOf(SaveResult.Saved.class);
    SaveResult.Conflict conflict = (SaveResult.Conflict) second;
    assertThat(conflict.latestText()).isEqualTo("Ana's edit");
    assertThat(conflict.latestAuthor()).isEqualTo("Ana");
    assertThat(conflict.yourText()).isEqualTo("Budi's edit");
    assertThat(conflict.latestVersion()).isEqualTo(2);
    assertThat(conflict.storedAs()).isEqualTo(3);

    assertThat(service.get(s.id()).text()).isEqualTo("Ana's edit");
    assertThat(service.get(s.id()).version()).isEqualTo(2);
    assertThat(service.versions(s.id()))
        .extracting(StatementVersion::text, StatementVersion::conflict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Original text", false),
            org.assertj.core.groups.Tuple.tuple("Ana's edit", false),
            org.assertj.core.groups.Tuple.tuple("Budi's edit", true));
    assertThat(f.auditActions(s.id())).contains("statement.editConflict");

    // the merge, saved on the latest version, goes in
    SaveResult merged = service.saveDraft(s.id(), 2, "Ana's and Budi's edit", "Budi");
    assertThat(((SaveResult.Saved) merged).statement().version()).isEqualTo(4);
  }

  @Test
  void twoSimultaneousSavesOnOneVersionKeepBothTexts() throws Exception {
    Statement s = f.draft("Original text");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<SaveResult> ana = () -> save(start, s.id(), "Ana's edit", "Ana");
      Callable<SaveResult> budi = () -> save(start, s.id(), "Budi's edit", "Budi");
      Future<SaveResult> a = pool.submit(ana);
      Future<SaveResult> b = pool.submit(budi);
      start.countDown();
      List<SaveResult> results = List.of(a.get(), b.get());
      assertThat(results).filteredOn(r -> r instanceof SaveResult.Saved).hasSize(1);
      assertThat(results).filteredOn(r -> r instanceof SaveResult.Conflict).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(service.versions(s.id()))
        .extracting(StatementVersion::text)
        .contains("Ana's edit", "Budi's edit");
  }

  private SaveResult save(CountDownLatch start, long id, String text, String author)
      throws InterruptedException {
    start.await();
    return service.saveDraft(id, 1, text, author);
  }

  @Test
  void aHundredThousandCharacterDraftIsStoredWholeAndReportedOver() {
    String huge = "We are sorry. ".repeat(7_143).substring(0, 100_000);
    Statement s = f.draft(huge);
    assertThat(service.get(s.id()).text()).hasSize(100_000);
    CharacterCount x = service.count(Platform.X, huge);
    assertThat(x.count()).isEqualTo(100_000);
    assertThat(x.overBy()).isEqualTo(100_000 - 280);
    assertThat(service.toneCheck(huge, "en", Platform.X).has(ToneCategory.TOO_LONG)).isTrue();
  }
}
