package org.firebreak.share.session;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.firebreak.store.Database;
import org.firebreak.store.MergeTally;
import org.firebreak.store.SessionMerge;
import org.firebreak.store.SessionRows;
import org.firebreak.store.SimulationStore;
import org.firebreak.store.StoreException;

/** Merges a session file into an incident database in one transaction: all of it or nothing. */
public final class SessionMerger {

  private static final int PROGRESS_EVERY = 1000;

  private final Database db;

  public SessionMerger(Database db) {
    this.db = db;
  }

  public MergeReport merge(Path file) {
    return merge(file, SessionExporter.Progress.NONE);
  }

  /**
   * Merges with progress in rows; a cancel throws {@link
   * java.util.concurrent.CancellationException} from inside the transaction, so nothing is changed.
   */
  public MergeReport merge(Path file, SessionExporter.Progress progress) {
    try (SessionArchive archive = SessionArchive.open(file)) {
      if (archive.manifest().isSimulation() && !new SimulationStore(db).isTrainingDatabase()) {
        throw new SessionFileException(
            file.getFileName().toString(),
            SessionFormat.MANIFEST,
            "it was exported from a training drill (SIMULATION) and this database holds a real"
                + " incident; open it as its own database instead ('firebreak open')");
      }
      return into(db, archive, file.getFileName().toString(), false, progress);
    } catch (java.io.IOException e) {
      throw new SessionFileException(file.getFileName().toString(), null, e.getMessage(), e);
    }
  }

  /** With {@code fresh}, the database is new and the caller deletes it if this fails. */
  static MergeReport into(
      Database db,
      SessionArchive archive,
      String label,
      boolean fresh,
      SessionExporter.Progress progress) {
    long total = archive.manifest().entries().stream().mapToLong(SessionManifest.Entry::rows).sum();
    long[] done = {0};
    MergeTally tally =
        db.write(
            c -> {
              try (SessionMerge merge = new SessionMerge(c, fresh)) {
                for (String entry : SessionRows.ENTRIES) {
                  if (progress.cancelled()) {
                    throw new CancellationException("Merging " + label + " cancelled");
                  }
                  archive.rows(
                      entry,
                      row -> {
                        merge.accept(entry, row);
                        if (++done[0] % PROGRESS_EVERY == 0) {
                          if (progress.cancelled()) {
                            throw new CancellationException("Merging " + label + " cancelled");
                          }
                          progress.rows(done[0], total);
                        }
                      });
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
