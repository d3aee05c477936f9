package org.firebreak.statements;

/** Where a statement stands in its approval workflow. */
public enum StatementState {
  DRAFT,
  IN_REVIEW,
  APPROVED,
  REJECTED,
  PUBLISHED
}
