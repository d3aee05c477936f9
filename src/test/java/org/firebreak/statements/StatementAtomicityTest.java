package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.firebreak.incident.Platform;
import org.firebreak.store.StatementStore;
import org.firebreak.triage.AuditEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A move and its audit row are one transaction: both are kept, or neither. */
class StatementAtomicityTest {

  @TempDir Path dir;
  private StatementFixture f;

  @BeforeEach
  void open() {
    f = new StatementFixture(dir);
    f.declare(Platform.X);
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void aFailureAfterTheMoveRollsBackTheMoveAndItsAudit() {
    Statement s = f.draft("We are sorry.");
    StatementStore store = new StatementStore(f.db);
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    true,
                    tx -> {
                      tx.updateState(s.id(), StatementState.APPROVED, "Rina", null, null);
                      tx.audit(
                          AuditEntry.of(
                              f.clock.instant(),
                              "Rina",
                              "statement.approve",
                              "statement",
                              s.id(),
                              "IN_REVIEW",
                              "APPROVED"));
                      throw new IllegalStateException("killed");
                    }))
        .hasMessage("killed");

    assertThat(f.service.get(s.id()).state()).isEqualTo(StatementState.DRAFT);
    assertThat(f.auditActions(s.id())).containsExactly("statement.create");
  }

  @Test
  void aRefusedApprovalOfAnAlternativeLeavesTheWholeGroupAsItWas() {
    Statement a = f.approved("A");
    Statement b = f.service.addAlternative(a.id(), "", "B", StatementFixture.RESPONDER);
    f.service.publish(a.id(), Platform.X, null, null, null, StatementFixture.RESPONDER);
    f.service.submitForReview(b.id(), StatementFixture.RESPONDER);

    assertThatThrownBy(() -> f.service.approve(b.id(), StatementFixture.APPROVER))
        .isInstanceOf(StatementRuleException.class);

    assertThat(f.service.get(a.id()).state()).isEqualTo(StatementState.PUBLISHED);
    assertThat(f.service.get(b.id()).state()).isEqualTo(StatementState.IN_REVIEW);
    assertThat(f.auditActions(b.id())).doesNotContain("statement.approve");
  }
}
