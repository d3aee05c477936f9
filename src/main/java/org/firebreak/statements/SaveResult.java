package org.firebreak.statements;

/** What became of a save: it went in, or it met a newer version than the one it started from. */
public sealed interface SaveResult {

  /** The text is the statement's new current version. */
  record Saved(Statement statement) implements SaveResult {}

  /**
   * Someone saved first. Both texts are kept: theirs stays current, and yours is stored as version
   * {@code storedAs}, flagged as a conflict, so the editor can merge and save again on {@code
   * latestVersion}.
   */
  record Conflict(
      long statementId,
      int baseVersion,
      int latestVersion,
      String latestText,
      String latestAuthor,
      String yourText,
      int storedAs)
      implements SaveResult {}
}
