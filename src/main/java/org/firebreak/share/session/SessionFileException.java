package org.firebreak.share.session;

/**
 * A session file that is refused: the message names the file, the entry and what is wrong. It is an
 * illegal argument because the file is the user's input; nothing has been written.
 */
public final class SessionFileException extends IllegalArgumentException {

  private final String entry;

  public SessionFileException(String file, String entry, String problem) {
    super(file + (entry == null ? "" : ": entry " + entry) + ": " + problem);
    this.entry = entry;
  }

  public SessionFileException(String file, String entry, String problem, Throwable cause) {
    this(file, entry, problem);
    initCause(cause);
  }

  /** The entry at fault, or null when the archive as a whole is. */
  public String entry() {
    return entry;
  }
}
