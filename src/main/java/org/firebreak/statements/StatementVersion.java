package org.firebreak.statements;

import java.time.Instant;

/**
 * One saved text of a statement. A save made against an older version is kept as its own version
 * with {@code conflictBase} set to the version it started from; it never becomes the current text
 * by itself.
 */
public record StatementVersion(
    long statementId,
    int version,
    String text,
    String author,
    Instant createdAt,
    Integer conflictBase) {

  public boolean conflict() {
    return conflictBase != null;
  }
}
