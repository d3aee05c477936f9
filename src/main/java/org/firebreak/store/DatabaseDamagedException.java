package org.firebreak.store;

import java.nio.file.Path;

/**
 * The incident database file exists but cannot be trusted: H2 refuses it, or it no longer matches
 * the checksum sealed when it was last closed. Nothing replaces it silently: the person is offered
 * the last backup or a recovery dump.
 */
public final class DatabaseDamagedException extends StoreException {
  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public DatabaseDamagedException(Path file, String detail, Throwable cause) {
    super("The incident database " + file + " is damaged: " + detail, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
