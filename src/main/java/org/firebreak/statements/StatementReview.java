package org.firebreak.statements;

import static org.firebreak.statements.StatementService.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.firebreak.store.StatementStore;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.TeamMember;

/** The review half of the workflow: spokesperson, submission, approval, rejection, revision. */
final class StatementReview {

  private final StatementStore store;
  private final ApprovalFlow flow;
  private final Clock clock;

  StatementReview(StatementStore store, ApprovalFlow flow, Clock clock) {
    this.store = store;
    this.flow = flow;
    this.clock = clock;
  }

  /** Names the team member with the SPOKESPERSON role who signs the statement. */
  Statement assignSpokesperson(long statementId, String spokesperson, String who) {
    String signer = flow.spokesperson(spokesperson).name();
    return move(
        statementId,
        false,
        (tx, s) -> {
          StatementState to = flow.edit(s);
          tx.updateSpokesperson(statementId, signer);
          tx.updateState(statementId, to, null, s.rejectReason(), s.publishedAt());
          return audit(
              clock.instant(),
              who,
              "statement.spokesperson",
              statementId,
              s.spokesperson(),
              signer);
        });
  }

  Statement submit(long statementId, String who) {
    return move(
        statementId,
        false,
        (tx, s) -> {
          StatementState to = flow.submit(s);
          tx.updateState(statementId, to, null, null, null);
          return audit(
              clock.instant(), who, "statement.submit", statementId, s.state().name(), to.name());
        });
  }

  /** Approves durably; the other alternatives become REJECTED in the same transaction. */
  Statement approve(long statementId, String approverName) {
    TeamMember approver = flow.approver(approverName);
    Instant now = clock.instant();
    return store.inTransaction(
        true,
        tx -> {
          List<Statement> group = tx.lockGroupOf(statementId);
          Statement s = tx.lock(statementId);
          StatementState to = flow.approve(s, approver.name());
          if (group.stream().anyMatch(g -> g.state() == StatementState.PUBLISHED)) {
            throw new StatementRuleException("statement.error.alternativePublished", "statementId");
          }
          tx.updateState(statementId, to, approver.name(), null, null);
          tx.audit(
              audit(
                  now,
                  approver.name(),
                  "statement.approve",
                  statementId,
                  s.state().name(),
                  to.name()));
          for (Statement other : group) {
            if (other.id() != statementId && other.state() != StatementState.REJECTED) {
              StatementState lost = flow.supersede(other);
              tx.updateState(other.id(), lost, null, ApprovalFlow.ALTERNATIVE_CHOSEN, null);
              tx.audit(
                  audit(
                      now,
                      approver.name(),
                      "statement.supersede",
                      other.id(),
                      other.state().name(),
                      lost + ": " + ApprovalFlow.ALTERNATIVE_CHOSEN));
            }
          }
          return tx.lock(statementId);
        });
  }

  /** Rejects a statement in review; only an APPROVER may, and a reason is required. */
  Statement reject(long statementId, String approverName, String reason) {
    TeamMember approver = flow.approver(approverName);
    String why = ApprovalFlow.reason(reason, "reason");
    return move(
        statementId,
        false,
        (tx, s) -> {
          StatementState to = flow.reject(s, approver.name(), why);
          tx.updateState(statementId, to, approver.name(), why, null);
          return audit(
              clock.instant(),
              approver.name(),
              "statement.reject",
              statementId,
              s.state().name(),
              to + ": " + why);
        });
  }

  /** Takes a rejected statement back to draft so it can be reworked. */
  Statement revise(long statementId, String who) {
    return move(
        statementId,
        false,
        (tx, s) -> {
          StatementState to = flow.revise(s);
          tx.updateState(statementId, to, null, null, null);
          return audit(
              clock.instant(), who, "statement.revise", statementId, s.state().name(), to.name());
        });
  }

  private Statement move(long statementId, boolean durable, Transition step) {
    return store.inTransaction(
        durable,
        tx -> {
          Statement s = tx.lock(statementId);
          tx.audit(step.apply(tx, s));
          return tx.lock(statementId);
        });
  }

  @FunctionalInterface
  private interface Transition {
    AuditEntry apply(StatementTransaction tx, Statement current);
  }
}
