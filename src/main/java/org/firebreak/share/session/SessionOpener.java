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
    // built under a hidden name and moved into place once whole (ADR 0030): a crash or a kill
    // during the open never leaves a half-filled incident where the new one should be
    Path building = newBase.resolveSibling("." + newBase.getFileName() + ".opening");
    Path buildingFile = DatabaseLocation.dataFile(building);
    try (SessionArchive archive = SessionArchive.open(file)) {
      removeNew(building, buildingFile); // what an open that was killed left
      Database db = Database.open(building);
      boolean closed = false;
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
        db.close();
        closed = true;
        moveIntoPlace(buildingFile, dataFile);
        done = true;
        removeNew(building, buildingFile); // its lock file
        return report;
      } finally {
        if (!closed) {
          db.close();
        }
        if (!done) {
          removeNew(building, buildingFile);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The complete, closed database (and its seal) takes its name in one atomic rename. */
  private static void moveIntoPlace(Path built, Path dataFile) throws IOException {
    Path seal = org.firebreak.store.DataFileSeal.sealFile(built);
    Files.move(built, dataFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    if (Files.exists(seal)) {
      // without its seal a database opens on H2's own checks alone, so the data goes first
      Files.move(
          seal,
          org.firebreak.store.DataFileSeal.sealFile(dataFile),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static void removeNew(Path base, Path dataFile) throws IOException {
    Files.deleteIfExists(dataFile);
    Files.deleteIfExists(org.firebreak.store.DataFileSeal.sealFile(dataFile));
    Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".trace.db"));
    Files.deleteIfExists(base.resolveSibling(base.getFileName() + ".firebreak.lock"));
  }
}
