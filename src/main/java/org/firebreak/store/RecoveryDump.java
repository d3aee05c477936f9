package org.firebreak.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.Recover;

/**
 * Salvages what H2 can still read from a damaged database file into an SQL script beside it (H2's
 * Recover tool). The damaged file itself is left exactly as it was.
 */
public final class RecoveryDump {

  private RecoveryDump() {}

  /** Writes {@code <name>.h2.sql} next to the data file and returns it. */
  public static Path write(Path dataFile) {
    Path folder = dataFile.toAbsolutePath().getParent();
    String name = dataFile.getFileName().toString().replaceFirst("\\.mv\\.db$", "");
    try {
      Recover.execute(folder.toString(), name);
    } catch (SQLException e) {
      throw new StoreException(
          "Could not write a recovery dump of " + dataFile + ": " + e.getMessage(), e);
    }
    Path dump = folder.resolve(name + ".h2.sql");
    if (!Files.exists(dump)) {
      throw new StoreException("H2 wrote no recovery dump for " + dataFile);
    }
    return dump;
  }
}
