package org.firebreak.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.firebreak.app.AppVersion;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens a database whose file or folder cannot be written (a read-only share, a locked-down laptop,
 * a CD): H2 reads it in place ({@code ACCESS_MODE_DATA=r}), nothing is migrated or written, and the
 * console says so in a banner instead of failing to start.
 */
final class ReadOnlyOpening {

  private ReadOnlyOpening() {}

  static Database open(Path base, String fileSystem) {
    Path dataFile = DatabaseLocation.dataFile(base);
    try {
      int schema = Database.refuseNewerSchema(base, fileSystem, dataFile);
      Database.checkSeal(dataFile);
      if (schema < AppVersion.SCHEMA_VERSION) {
        throw new StoreException(
            "The incident database "
                + dataFile
                + " is read-only and was written by an older Firebreak, so it cannot be updated"
                + " in place. Copy it to a folder you can write to and open the copy.");
      }
      String url =
          "jdbc:h2:"
              + fileSystem
              + ":"
              + base.toAbsolutePath()
              + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE";
      JdbcConnectionPool pool = JdbcConnectionPool.create(url, "firebreak", "");
      pool.setMaxConnections(16);
      try (Connection probe = pool.getConnection()) {
        probe.isValid(1);
      }
      return Database.readOnly(base, pool);
    } catch (SQLException e) {
      throw new DatabaseDamagedException(dataFile, e.getMessage(), e);
    } catch (IOException e) {
      throw new StoreException("Could not read the incident database " + dataFile + ": " + e, e);
    }
  }
}
