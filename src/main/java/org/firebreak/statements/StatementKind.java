package org.firebreak.statements;

/** What a public statement is for. */
public enum StatementKind {
  HOLDING,
  APOLOGY,
  UPDATE,
  RESOLUTION
}
