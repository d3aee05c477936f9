package org.firebreak.intake;

/** The file cannot be read at all; the message names the file (and line or record) and why. */
public class UnreadableSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableSourceException(String message) {
    super(message);
  }

  public UnreadableSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
