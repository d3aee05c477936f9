package org.firebreak.statements;

import static org.firebreak.statements.StatementAction.APPROVE;
import static org.firebreak.statements.StatementAction.EDIT;
import static org.firebreak.statements.StatementAction.PUBLISH;
import static org.firebreak.statements.StatementAction.REJECT;
import static org.firebreak.statements.StatementAction.REVISE;
import static org.firebreak.statements.StatementAction.SUBMIT;
import static org.firebreak.statements.StatementAction.SUPERSEDE;
import static org.firebreak.statements.StatementState.APPROVED;
import static org.firebreak.statements.StatementState.DRAFT;
import static org.firebreak.statements.StatementState.IN_REVIEW;
import static org.firebreak.statements.StatementState.PUBLISHED;
import static org.firebreak.statements.StatementState.REJECTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;

/**
 * The guarded state machine of a statement: DRAFT → IN_REVIEW → APPROVED | REJECTED → PUBLISHED,
 * and REJECTED → DRAFT to revise. Editing a statement in review keeps it in review; editing an
 * approved one withdraws the approval and sends it back to review. A published statement is never
 * edited: the next word is a new statement (an update). Every refusal is a {@link
 * StatementRuleException} naming a message key and the field.
 */
public final class ApprovalFlow {

  /** The reason recorded on alternatives that lose to the approved one. */
  public static final String ALTERNATIVE_CHOSEN = "another alternative was chosen";

  public static final int MAX_REASON_LENGTH = 1000;

  private static final Map<StatementState, Map<StatementAction, StatementState>> MOVES =
      new EnumMap<>(StatementState.class);

  static {
    move(DRAFT, EDIT, DRAFT);
    move(DRAFT, SUBMIT, IN_REVIEW);
    move(DRAFT, SUPERSEDE, REJECTED);
    move(IN_REVIEW, EDIT, IN_REVIEW);
    move(IN_REVIEW, APPROVE, APPROVED);
    move(IN_REVIEW, REJECT, REJECTED);
    move(IN_REVIEW, SUPERSEDE, REJECTED);
    move(APPROVED, EDIT, IN_REVIEW);
    move(APPROVED, PUBLISH, PUBLISHED);
    move(APPROVED, SUPERSEDE, REJECTED);
    move(REJECTED, REVISE, DRAFT);
    // publishing on a further platform leaves a published statement published
    move(PUBLISHED, PUBLISH, PUBLISHED);
  }

  private final TeamDirectory team;

  public ApprovalFlow(TeamDirectory team) {
    this.team = team;
  }

  private static void move(StatementState from, StatementAction action, StatementState to) {
    MOVES.computeIfAbsent(from, f -> new EnumMap<>(StatementAction.class)).put(action, to);
  }

  /** The actions a statement in this state allows (for enabling buttons). */
  public static Set<StatementAction> allowed(StatementState from) {
    Map<StatementAction, StatementState> out = MOVES.get(from);
    return out == null || out.isEmpty()
        ? EnumSet.noneOf(StatementAction.class)
        : EnumSet.copyOf(out.keySet());
  }

  /** The state an action leads to, or a refusal when the state does not allow it. */
  public static StatementState next(StatementState from, StatementAction action) {
    StatementState to = MOVES.getOrDefault(from, Map.of()).get(action);
    if (to == null) {
      throw new StatementRuleException(
          "statement.error." + action.name().toLowerCase(java.util.Locale.ROOT) + "." + from.name(),
          "state");
    }
    return to;
  }

  public StatementState edit(Statement s) {
    return next(s.state(), EDIT);
  }

  public StatementState submit(Statement s) {
    StatementState to = next(s.state(), SUBMIT);
    spokesperson(s.spokesperson());
    return to;
  }

  public StatementState approve(Statement s, String approver) {
    StatementState to = next(s.state(), APPROVE);
    approver(approver);
    spokesperson(s.spokesperson());
    return to;
  }

  public StatementState reject(Statement s, String approver, String reason) {
    StatementState to = next(s.state(), REJECT);
    approver(approver);
    reason(reason, "reason");
    return to;
  }

  public StatementState revise(Statement s) {
    return next(s.state(), REVISE);
  }

  public StatementState supersede(Statement s) {
    return next(s.state(), SUPERSEDE);
  }

  public StatementState publish(Statement s) {
    return next(s.state(), PUBLISH);
  }

  /** The team member with the APPROVER role of that name, or a refusal. */
  public TeamMember approver(String name) {
    if (name == null || name.isBlank()) {
      throw new StatementRuleException("statement.error.approverRequired", "approver");
    }
    return team.withRole(name, TeamRole.APPROVER)
        .orElseThrow(() -> new StatementRuleException("statement.error.notApprover", "approver"));
  }

  /** The team member with the SPOKESPERSON role of that name, or a refusal. */
  public TeamMember spokesperson(String name) {
    if (name == null || name.isBlank()) {
      throw new StatementRuleException("statement.error.spokespersonRequired", "spokesperson");
    }
    return team.withRole(name, TeamRole.SPOKESPERSON)
        .orElseThrow(
            () -> new StatementRuleException("statement.error.notSpokesperson", "spokesperson"));
  }

  /** A required free-text reason, stripped; refused when blank or too long. */
  public static String reason(String reason, String field) {
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty()) {
      throw new StatementRuleException("statement.error.reasonRequired", field);
    }
    if (r.length() > MAX_REASON_LENGTH) {
      throw new StatementRuleException("statement.error.reasonTooLong", field);
    }
    return r;
  }
}
