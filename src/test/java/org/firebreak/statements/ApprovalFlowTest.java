package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApprovalFlowTest {

  private static final Map<StatementState, Map<StatementAction, StatementState>> LEGAL =
      Map.of(
          StatementState.DRAFT,
          Map.of(
              StatementAction.EDIT, StatementState.DRAFT,
              StatementAction.SUBMIT, StatementState.IN_REVIEW,
              StatementAction.SUPERSEDE, StatementState.REJECTED),
          StatementState.IN_REVIEW,
          Map.of(
              StatementAction.EDIT, StatementState.IN_REVIEW,
              StatementAction.APPROVE, StatementState.APPROVED,
              StatementAction.REJECT, StatementState.REJECTED,
              StatementAction.SUPERSEDE, StatementState.REJECTED),
          StatementState.APPROVED,
          Map.of(
              StatementAction.EDIT, StatementState.IN_REVIEW,
              StatementAction.PUBLISH, StatementState.PUBLISHED,
              StatementAction.SUPERSEDE, StatementState.REJECTED),
          StatementState.REJECTED,
          Map.of(StatementAction.REVISE, StatementState.DRAFT),
          StatementState.PUBLISHED,
          Map.of(StatementAction.PUBLISH, StatementState.PUBLISHED));

  private final ApprovalFlow flow =
      new ApprovalFlow(
          () ->
              List.of(
                  new TeamMember(1, "Rina", TeamRole.APPROVER, null),
                  new TeamMember(2, "Budi", TeamRole.SPOKESPERSON, null),
                  new TeamMember(3, "Sam", TeamRole.RESPONDER, null)));

  @ParameterizedTest
  @EnumSource(StatementState.class)
  void everyStateAllowsExactlyItsLegalMoves(StatementState from) {
    for (StatementAction action : StatementAction.values()) {
      StatementState expected = LEGAL.get(from).get(action);
      if (expected == null) {
        assertThatThrownBy(() -> ApprovalFlow.next(from, action))
            .isInstanceOf(StatementRuleException.class)
            .satisfies(e -> assertThat(((StatementRuleException) e).field()).isEqualTo("state"));
      } else {
        assertThat(ApprovalFlow.next(from, action)).isEqualTo(expected);
      }
    }
    assertThat(ApprovalFlow.allowed(from)).isEqualTo(EnumSet.copyOf(LEGAL.get(from).keySet()));
  }

  @Test
  void onlyAnApproverMayApproveOrReject() {
    Statement s = statement(StatementState.IN_REVIEW, "Budi");
    assertThat(flow.approve(s, " rina ")).isEqualTo(StatementState.APPROVED);
    assertRefused(() -> flow.approve(s, "Sam"), "statement.error.notApprover", "approver");
    assertRefused(() -> flow.approve(s, "Budi"), "statement.error.notApprover", "approver");
    assertRefused(() -> flow.approve(s, ""), "statement.error.approverRequired", "approver");
    assertRefused(() -> flow.reject(s, "Sam", "no"), "statement.error.notApprover", "approver");
  }

  @Test
  void rejectionNeedsAReason() {
    Statement s = statement(StatementState.IN_REVIEW, "Budi");
    assertRefused(() -> flow.reject(s, "Rina", "  "), "statement.error.reasonRequired", "reason");
    assertRefused(
        () -> flow.reject(s, "Rina", "x".repeat(1001)), "statement.error.reasonTooLong", "reason");
    assertThat(flow.reject(s, "Rina", "too defensive")).isEqualTo(StatementState.REJECTED);
  }

  @Test
  void submissionAndApprovalNeedASpokesperson() {
    assertRefused(
        () -> flow.submit(statement(StatementState.DRAFT, null)),
        "statement.error.spokespersonRequired",
        "spokesperson");
    assertRefused(
        () -> flow.submit(statement(StatementState.DRAFT, "Sam")),
        "statement.error.notSpokesperson",
        "spokesperson");
    assertRefused(
        () -> flow.approve(statement(StatementState.IN_REVIEW, "Rina"), "Rina"),
        "statement.error.notSpokesperson",
        "spokesperson");
    assertThat(flow.submit(statement(StatementState.DRAFT, "budi")))
        .isEqualTo(StatementState.IN_REVIEW);
  }

  @Test
  void illegalMoveNamesTheActionAndState() {
    assertRefused(
        () -> flow.approve(statement(StatementState.DRAFT, "Budi"), "Rina"),
        "statement.error.approve.DRAFT",
        "state");
    assertRefused(
        () -> flow.edit(statement(StatementState.PUBLISHED, "Budi")),
        "statement.error.edit.PUBLISHED",
        "state");
  }

  static void assertRefused(Runnable r, String key, String field) {
    assertThatThrownBy(r::run)
        .isInstanceOfSatisfying(
            StatementRuleException.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo(key);
              assertThat(e.field()).isEqualTo(field);
            });
  }

  private static Statement statement(StatementState state, String spokesperson) {
    return new Statement(
        1,
        1,
        1,
        StatementKind.APOLOGY,
        "t",
        state,
        spokesperson,
        null,
        null,
        Instant.EPOCH,
        null,
        1,
        "text");
  }
}
