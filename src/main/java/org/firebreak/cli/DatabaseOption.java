package org.firebreak.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.firebreak.app.Services;
import org.firebreak.store.DatabaseLocation;
import picocli.CommandLine.Option;

/** The --db option every headless command shares. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "Incident database (default: FIREBREAK_DB, then the per-user data folder).")
  String db;

  Path base() {
    return DatabaseLocation.resolveForThisUser(db);
  }

  Services open() {
    return Services.open(base(), Clock.systemUTC());
  }
}
