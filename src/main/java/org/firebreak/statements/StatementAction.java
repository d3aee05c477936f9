package org.firebreak.statements;

/** What a person (or the workflow itself) can do to a statement. */
public enum StatementAction {
  /** Save a new text. */
  EDIT,
  SUBMIT,
  APPROVE,
  REJECT,
  /** Take a rejected statement back to draft. */
  REVISE,
  /** Mark a variant published; the first one moves the statement to PUBLISHED. */
  PUBLISH,
  /** Another alternative of the same statement was approved. */
  SUPERSEDE
}
