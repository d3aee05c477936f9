package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.statements.ApprovalFlowTest.assertRefused;
import static org.firebreak.statements.StatementFixture.APPROVER;
import static org.firebreak.statements.StatementFixture.RESPONDER;
import static org.firebreak.statements.StatementFixture.SPOKESPERSON;

import java.nio.file.Path;
import org.firebreak.incident.Platform;
import org.firebreak.triage.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementWorkflowTest {

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
  void draftReviewApproveIsAuditedWithWhoAndWhen() {
    Statement s = f.draft("We are sorry.");
    assertThat(s.state()).isEqualTo(StatementState.DRAFT);
    assertThat(s.version()).isEqualTo(1);
    assertThat(s.groupId()).isEqualTo(s.id());

    assertThat(service.submitForReview(s.id(), RESPONDER).state())
        .isEqualTo(StatementState.IN_REVIEW);
    Statement approved = service.approve(s.id(), APPROVER);

    assertThat(approved.state()).isEqualTo(StatementState.APPROVED);
    assertThat(approved.approver()).isEqualTo(APPROVER);
    assertThat(f.audit.history("statement", s.id()))
        .extracting(AuditEntry::action, AuditEntry::actor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("statement.create", RESPONDER),
            org.assertj.core.groups.Tuple.tuple("statement.submit", RESPONDER),
            org.assertj.core.groups.Tuple.tuple("statement.approve", APPROVER));
    assertThat(f.audit.history("statement", s.id())).allMatch(e -> e.at() != null);
  }

  @Test
  void approvalByANonApproverIsRefusedAndChangesNothing() {
    Statement s = f.draft("We are sorry.");
    service.submitForReview(s.id(), RESPONDER);

    assertRefused(
        () -> service.approve(s.id(), RESPONDER), "statement.error.notApprover", "approver");
    assertRefused(
        () -> service.approve(s.id(), SPOKESPERSON), "statement.error.notApprover", "approver");
    assertRefused(
        () -> service.reject(s.id(), RESPONDER, "no"), "statement.error.notApprover", "approver");

    assertThat(service.get(s.id()).state()).isEqualTo(StatementState.IN_REVIEW);
    assertThat(f.auditActions(s.id())).containsExactly("statement.create", "statement.submit");
  }

  @Test
  void illegalMovesAreRefusedInTheService() {
    Statement s = f.draft("We are sorry.");
    assertRefused(
        () -> service.approve(s.id(), APPROVER), "statement.error.approve.DRAFT", "state");
    assertRefused(() -> service.revise(s.id(), RESPONDER), "statement.error.revise.DRAFT", "state");
    assertRefused(
        () -> service.publish(s.id(), Platform.X, null, null, null, RESPONDER),
        "statement.error.publish.DRAFT",
        "state");
    service.submitForReview(s.id(), RESPONDER);
    assertRefused(
        () -> service.submitForReview(s.id(), RESPONDER),
        "statement.error.submit.IN_REVIEW",
        "state");
    assertThat(f.auditActions(s.id())).containsExactly("statement.create", "statement.submit");
  }

  @Test
  void submittingNeedsASpokesperson() {
    Statement s = service.createDraft(StatementKind.HOLDING, "Holding", "text", null, RESPONDER);
    assertRefused(
        () -> service.submitForReview(s.id(), RESPONDER),
        "statement.error.spokespersonRequired",
        "spokesperson");
    assertRefused(
        () -> service.assignSpokesperson(s.id(), RESPONDER, RESPONDER),
        "statement.error.notSpokesperson",
        "spokesperson");
    service.assignSpokesperson(s.id(), SPOKESPERSON, RESPONDER);
    assertThat(service.submitForReview(s.id(), RESPONDER).spokesperson()).isEqualTo(SPOKESPERSON);
  }

  @Test
  void rejectNeedsAReasonAndReviseGoesBackToDraft() {
    Statement s = f.draft("To be fair, we did nothing wrong.");
    service.submitForReview(s.id(), RESPONDER);
    assertRefused(
        () -> service.reject(s.id(), APPROVER, " "), "statement.error.reasonRequired", "reason");

    Statement rejected = service.reject(s.id(), APPROVER, "Defensive; own the mistake.");
    assertThat(rejected.state()).isEqualTo(StatementState.REJECTED);
    assertThat(rejected.rejectReason()).isEqualTo("Defensive; own the mistake.");
    assertRefused(
        () -> service.saveDraft(s.id(), 1, "new", RESPONDER),
        "statement.error.edit.REJECTED",
        "state");

    Statement revised = service.revise(s.id(), RESPONDER);
    assertThat(revised.state()).isEqualTo(StatementState.DRAFT);
    assertThat(f.auditActions(s.id()))
        .containsExactly(
            "statement.create", "statement.submit", "statement.reject", "statement.revise");
  }

  @Test
  void editingAnApprovedTextWithdrawsTheApproval() {
    Statement s = f.approved("We are sorry.");
    SaveResult r = service.saveDraft(s.id(), s.version(), "We are truly sorry.", RESPONDER);

    Statement back = ((SaveResult.Saved) r).statement();
    assertThat(back.state()).isEqualTo(StatementState.IN_REVIEW);
    assertThat(back.approver()).isNull();
    assertThat(back.version()).isEqualTo(2);
    assertThat(back.text()).isEqualTo("We are truly sorry.");
  }

  @Test
  void editingInReviewStaysInReview() {
    Statement s = f.draft("We are sorry.");
    service.submitForReview(s.id(), RESPONDER);
    SaveResult r = service.saveDraft(s.id(), 1, "We are so sorry.", RESPONDER);
    assertThat(((SaveResult.Saved) r).statement().state()).isEqualTo(StatementState.IN_REVIEW);
  }

  @Test
  void approvingOneAlternativeRejectsTheOthersAtOnce() {
    Statement a = f.draft("Alternative A");
    Statement b = service.addAlternative(a.id(), "", "Alternative B", RESPONDER);
    Statement c = service.addAlternative(a.id(), "Third", "Alternative C", RESPONDER);
    assertThat(b.groupId()).isEqualTo(a.id());
    assertThat(c.title()).isEqualTo("Third");
    assertThat(b.spokesperson()).isEqualTo(SPOKESPERSON);
    service.submitForReview(a.id(), RESPONDER);
    service.submitForReview(b.id(), RESPONDER);

    service.approve(b.id(), APPROVER);

    assertThat(service.alternatives(a.id()))
        .extracting(Statement::id, Statement::state, Statement::rejectReason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                a.id(), StatementState.REJECTED, ApprovalFlow.ALTERNATIVE_CHOSEN),
            org.assertj.core.groups.Tuple.tuple(b.id(), StatementState.APPROVED, null),
            org.assertj.core.groups.Tuple.tuple(
                c.id(), StatementState.REJECTED, ApprovalFlow.ALTERNATIVE_CHOSEN));
    assertThat(f.auditActions(a.id())).endsWith("statement.supersede");
    assertThat(f.auditActions(c.id())).endsWith("statement.supersede");
  }

  @Test
  void publishedStatementCannotBeEditedNorGetNewAlternatives() {
    Statement s = f.approved("We are sorry.");
    service.publish(s.id(), Platform.X, null, null, null, RESPONDER);
    assertRefused(
        () -> service.saveDraft(s.id(), 1, "changed", RESPONDER),
        "statement.error.edit.PUBLISHED",
        "state");
    assertRefused(
        () -> service.addAlternative(s.id(), "", "other", RESPONDER),
        "statement.error.alternativePublished",
        "statementId");
  }

  @Test
  void fieldsAreValidated() {
    assertRefused(
        () -> service.createDraft(null, "t", "x", null, RESPONDER),
        "statement.error.kindRequired",
        "kind");
    assertRefused(
        () -> service.createDraft(StatementKind.UPDATE, " ", "x", null, RESPONDER),
        "statement.error.titleRequired",
        "title");
    assertRefused(
        () -> service.createDraft(StatementKind.UPDATE, "t", "x", null, " "),
        "statement.error.authorRequired",
        "author");
    assertRefused(() -> service.get(999), "statement.error.notFound", "statementId");
  }
}
