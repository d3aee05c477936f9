package org.firebreak.statements;

/**
 * A statement request the workflow refuses; carries a message key (for the resource bundle) and the
 * field it concerns, so the UI can point at it.
 */
public final class StatementRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final String field;

  public StatementRuleException(String messageKey, String field) {
    super(messageKey + " (" + field + ")");
    this.messageKey = messageKey;
    this.field = field;
  }

  public String messageKey() {
    return messageKey;
  }

  public String field() {
    return field;
  }
}
