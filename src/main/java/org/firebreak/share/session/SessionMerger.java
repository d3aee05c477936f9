package org.firebreak.share.session;

import java.nio.file.Path;
import org.firebreak.store.Database;
import org.firebreak.store.MergeTally;
import org.firebreak.store.SessionMerge;
import org.firebreak.store.SessionRows;
import org.firebreak.store.SimulationStore;
import org.firebreak.store.StoreException;

/** Merges a session file into an incident database in one transaction: all of it or nothing. */
public final class SessionMerger {

  private final Database db;

  public SessionMerger(Database db) {
    this.db = db;
  }

  public MergeReport merge(Path file) {
    try (SessionArchive archive = SessionArchive.open(file)) {
      if (archive.manifest().isSimulation() && !new SimulationStore(db).isTrainingDatabase()) {
        throw new SessionFileException(
            file.getFileName().toString(),
            SessionFormat.MANIFEST,
            "it was exported from a training drill (SIMULATION) and this database holds a real"
                + " incident; open it as its own database instead ('firebreak open')");
      }
      return into(db, archive, file.getFileName().toString());
    } catch (java.io.IOException e) {
      throw new SessionFileException(file.getFileName().toString(), null, e.getMessage(), e);
    }
  }

  static MergeReport into(Database db, SessionArchive archive, String label) {
    MergeTally tally =
        db.write(
            c -> {
              try (SessionMerge merge = new SessionMerge(c)) {
                for (String entry : SessionRows.ENTRIES) {
                  archive.rows(entry, row -> merge.accept(entry, row));
                }
                return merge.finish();
              } catch (RuntimeException e) {
                throw e;
              } catch (
                  Exception e) { // a database or archive failure: the whole merge is rolled back
                throw new StoreException("Merging " + label + " failed: " + e.getMessage(), e);
              }
            });
    return new MergeReport(label, tally.added(), tally.updated(), tally.conflicts());
  }
}
