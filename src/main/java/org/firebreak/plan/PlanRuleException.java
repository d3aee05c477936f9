package org.firebreak.plan;

/**
 * A playbook, committee or checklist change refused; the message names the field (and the file and
 * line, for an import) and says what to do.
 */
public final class PlanRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public PlanRuleException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
