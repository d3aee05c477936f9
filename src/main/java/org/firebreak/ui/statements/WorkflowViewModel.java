package org.firebreak.ui.statements;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementAction;
import org.firebreak.statements.StatementService;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;
import org.firebreak.ui.common.I18n;

/**
 * Creating statements and moving them through review. Buttons are enabled from the service's
 * allowed actions; the service still refuses what the rules forbid (and says why).
 */
public final class WorkflowViewModel {

  private final StatementsViewModel parent;
  private final StatementService service;
  private final I18n i18n;
  private final BooleanBinding canSubmit;
  private final BooleanBinding canApprove;
  private final BooleanBinding canReject;
  private final BooleanBinding canRevise;
  private final BooleanBinding canAddAlternative;
  private final BooleanBinding canCreate;

  WorkflowViewModel(StatementsViewModel parent, StatementService service, I18n i18n) {
    this.parent = parent;
    this.service = service;
    this.i18n = i18n;
    canSubmit = allows(StatementAction.SUBMIT);
    canApprove = allows(StatementAction.APPROVE);
    canReject = allows(StatementAction.REJECT);
    canRevise = allows(StatementAction.REVISE);
    canAddAlternative =
        Bindings.createBooleanBinding(
            () -> parent.current() != null && !parent.busyProperty().get(),
            parent.detailProperty(),
            parent.busyProperty());
    canCreate = parent.incidentProperty().isNotNull().and(parent.busyProperty().not());
  }

  private BooleanBinding allows(StatementAction action) {
    return Bindings.createBooleanBinding(
        () -> !parent.busyProperty().get() && parent.allowed().contains(action),
        parent.detailProperty(),
        parent.busyProperty());
  }

  /** Creates the statement the form describes and selects it. */
  public void create(NewStatementForm form) {
    NewStatementForm.Request r = form.request();
    parent.perform(
        () -> service.createDraft(r.kind(), r.title(), text(r), r.spokesperson(), parent.actor()),
        s -> i18n.get("statements.created", s.title()),
        s -> parent.select(s.id()));
  }

  private String text(NewStatementForm.Request r) {
    return r.fromTemplate() ? service.fromTemplate(r.kind(), r.language(), r.variables()) : "";
  }

  /** Another draft of the selected statement, starting from its text. */
  public void addAlternative() {
    Statement base = parent.current();
    parent.perform(
        () ->
            service.addAlternative(
                base.id(),
                i18n.get("statements.alternative.title", base.title()),
                base.text(),
                parent.actor()),
        s -> i18n.get("statements.alternative.added"),
        s -> parent.select(s.id()));
  }

  public void submit() {
    long id = parent.current().id();
    parent.perform(
        () -> service.submitForReview(id, parent.actor()),
        s -> i18n.get("statements.submitted"),
        s -> {});
  }

  public void approve(String approver) {
    long id = parent.current().id();
    parent.perform(
        () -> service.approve(id, approver),
        s -> i18n.get("statements.approved", s.approver()),
        s -> {});
  }

  public void reject(String approver, String reason) {
    long id = parent.current().id();
    parent.perform(
        () -> service.reject(id, approver, reason),
        s -> i18n.get("statements.rejected", s.rejectReason()),
        s -> {});
  }

  public void revise() {
    long id = parent.current().id();
    parent.perform(
        () -> service.revise(id, parent.actor()), s -> i18n.get("statements.revised"), s -> {});
  }

  /** Everyone on the team, approvers first: the service refuses anyone without the role. */
  public List<String> approverChoices() {
    return parent.team().stream()
        .sorted(
            (a, b) -> Boolean.compare(b.role() == TeamRole.APPROVER, a.role() == TeamRole.APPROVER))
        .map(TeamMember::name)
        .toList();
  }

  public List<String> spokespeople() {
    return parent.team().stream()
        .filter(m -> m.role() == TeamRole.SPOKESPERSON)
        .map(TeamMember::name)
        .toList();
  }

  public BooleanBinding canSubmitProperty() {
    return canSubmit;
  }

  public BooleanBinding canApproveProperty() {
    return canApprove;
  }

  public BooleanBinding canRejectProperty() {
    return canReject;
  }

  public BooleanBinding canReviseProperty() {
    return canRevise;
  }

  public BooleanBinding canAddAlternativeProperty() {
    return canAddAlternative;
  }

  public BooleanBinding canCreateProperty() {
    return canCreate;
  }
}
