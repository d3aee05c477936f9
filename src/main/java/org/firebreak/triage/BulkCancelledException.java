package org.firebreak.triage;

/** A bulk action the person cancelled: nothing of it was stored. */
public final class BulkCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BulkCancelledException() {
    super("The bulk action was cancelled; nothing was changed.");
  }
}
