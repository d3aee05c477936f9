package org.firebreak.incident;

/** A request the incident rules refuse; carries a message key and the field it concerns. */
public final class IncidentRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;
  private final String field;

  public IncidentRuleException(String messageKey, String field) {
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
