package org.firebreak.store;

/** The database was written by a newer Firebreak; it is refused and left untouched. */
public final class NewerDatabaseException extends StoreException {
  private static final long serialVersionUID = 1L;

  public NewerDatabaseException(
      String file, String writtenBy, int fileSchema, String appVersion, int appSchema) {
    super(
        "The incident database "
            + file
            + " was written by Firebreak "
            + writtenBy
            + " (schema "
            + fileSchema
            + "); this is Firebreak "
            + appVersion
            + " (schema "
            + appSchema
            + "). Open it with Firebreak "
            + writtenBy
            + " or newer. The file was not changed.");
  }
}
