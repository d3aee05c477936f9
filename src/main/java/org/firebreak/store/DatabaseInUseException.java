package org.firebreak.store;

import java.nio.file.Path;

/** Another Firebreak window (or another program) already has this incident database open. */
public final class DatabaseInUseException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public DatabaseInUseException(Path file, Throwable cause) {
    super(
        "This incident database is already open in another Firebreak window: "
            + file
            + ". Close the other window, or open another database with --db.",
        cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
