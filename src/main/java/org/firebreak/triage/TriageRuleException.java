package org.firebreak.triage;

/** A triage request that cannot be carried out; names the field it concerns. */
public final class TriageRuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public TriageRuleException(String message, String field) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
