package org.firebreak.simulation;

import java.nio.file.Path;

/** A drill was pointed at a database that may hold a real crisis; it is refused untouched. */
public final class LiveDatabaseException extends RuntimeException {

  public LiveDatabaseException(Path base, String why) {
    super(
        "Refusing to run a drill in "
            + base
            + ": "
            + why
            + ". Drills run in a training database: pass --db with a new file, e.g. --db drill.mv.db");
  }
}
