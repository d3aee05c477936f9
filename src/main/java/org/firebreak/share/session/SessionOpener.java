package org.firebreak.share.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.firebreak.store.Database;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.store.SimulationStore;

/**
 * Opens a session file as a new incident database. An existing, non-empty database is never
 * overwritten; a file refused half-way leaves no database behind.
 */
public final class SessionOpener {

  private SessionOpener() {}

  public static MergeReport open(Path file, Path newBase) {
    return open(file, newBase, SessionExporter.Progress.NONE);
  }

  /** Opens with progress; a cancel deletes the half-filled database and throws. */
  public static MergeReport open(Path file, Path newBase, SessionExporter.Progress progress) {
    Path dataFile = DatabaseLocation.dataFile(newBase);
    try {
      if (Files.exists(dataFile) && Files.size(dataFile) > 0) {
        throw new IllegalArgumentException(
            dataFile
                + " already holds an incident; open the session file into a new path, or"
                + " merge it with 'firebreak merge'");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (SessionArchive archive = SessionArchive.open(file)) {
      Database db = Database.open(newBase);
      boolean done = false;
      try {
        MergeReport report =
            SessionMerger.into(db, archive, file.getFileName().toString(), true, progress);
        if (archive.manifest().isSimulation()) {
          // A drill stays a drill: the new database is a training database too.
          SimulationStore drills = new SimulationStore(db);
          Instant at = Instant.now();
          drills.finishRun(
              drills.startRun("Drill from session file " + file.getFileName(), 0, at, 1), at);
        }
        done = true;
        return report;
      } finally {
        db.close();
        if (!done) {
          removeNew(newBase, dataFile);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void removeNew(Path base, Path dataFile) throws IOException {
    Files.deleteIfExists(dataFile);
    Files.deleteIfExists(org.firebreak.store.DataFileSeal.sealFile(dataFile));
    Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
    Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".firebreak.lock"));
  }
}
