package org.firebreak.share.session;

import java.nio.file.Path;
import org.firebreak.store.Database;
import org.firebreak.store.MergeTally;
import org.firebreak.store.SessionMerge;
import org.firebreak.store.SessionRows;
import org.firebreak.store.StoreException;

/** Merges a session file into an incident database in one transaction: all of it or nothing. */
public final class SessionMerger {

  private final Database db;

  public SessionMerger(Database db) {
    this.db = db;
  }

  public MergeReport merge(Path file) {
    try (SessionArchive archive = SessionArchive.open(file)) {
      return into(db, archive, file.getFileName().toString());
    } catch (java.io.IOException e) {
      throw new SessionFileException(file.getFileName().toString(), null, e.getMessage(), e);
    }
  }

  static MergeReport into(Database db, SessionArchive archive, String label) {
    return into(db, archive, label, false);
  }

  /** With {@code fresh}, the database is new and the caller deletes it if this fails. */
  static MergeReport into(Database db, SessionArchive archive, String label, boolean fresh) {
    MergeTally tally =
        db.write(
            c -> {
              try (SessionMerge merge = new SessionMerge(c, fresh)) {
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
