package org.firebreak.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firebreak.triage.BulkAction;
import org.firebreak.triage.BulkCancelledException;
import org.firebreak.triage.BulkProgress;
import org.firebreak.triage.ChangeSet;
import org.firebreak.triage.TriageRuleException;

/**
 * A triage action over many messages (up to every message matching a filter) as one change set in
 * one transaction, worked through in chunks so it reports progress and can be cancelled. A cancel
 * or a failure rolls the whole transaction back: all of it is applied, or none.
 */
public final class BulkTriageStore {

  static final int CHUNK = 5_000;
  private final Database db;

  public BulkTriageStore(Database db) {
    this.db = db;
  }

  public ChangeSet apply(
      List<Long> ids, BulkAction action, String actor, Instant at, BulkProgress progress) {
    return db.write(
        c -> {
          requireLabel(c, action);
          long change = TriageStore.nextChange(c);
          int changed = 0;
          for (int from = 0; from < ids.size(); from += CHUNK) {
            if (progress.cancelled()) {
              throw new BulkCancelledException();
            }
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            changed += chunk(c, change, chunk, action, actor, at);
            progress.done(Math.min(ids.size(), from + CHUNK), ids.size());
          }
          // a label deleted while this ran: refuse rather than leave half a change
          requireLabel(c, action);
          return new ChangeSet(change, action.kind(), changed);
        });
  }

  private static int chunk(
      Connection c, long change, List<Long> ids, BulkAction action, String actor, Instant at)
      throws SQLException {
    if (action instanceof BulkAction.SetStatus s) {
      return TriageStore.setStatus(c, change, ids, s.status(), actor, at);
    } else if (action instanceof BulkAction.AddLabel a) {
      return TriageStore.addLabel(c, change, ids, a.labelId(), actor, at);
    } else if (action instanceof BulkAction.RemoveLabel r) {
      return TriageStore.removeLabel(c, change, ids, r.labelId(), actor, at);
    } else if (action instanceof BulkAction.Assign a) {
      return TriageStore.assign(c, change, ids, a.person(), actor, at);
    } else if (action instanceof BulkAction.Reply r) {
      return TriageStore.recordReply(c, change, ids, r.text(), Optional.empty(), actor, at);
    }
    throw new IllegalArgumentException(action.toString());
  }

  private static void requireLabel(Connection c, BulkAction action) throws SQLException {
    Long labelId =
        action instanceof BulkAction.AddLabel a
            ? Long.valueOf(a.labelId())
            : action instanceof BulkAction.RemoveLabel r ? Long.valueOf(r.labelId()) : null;
    if (labelId != null && TriageStore.labelName(c, labelId) == null) {
      throw new TriageRuleException(
          "The label no longer exists (it may have just been deleted).", "label");
    }
  }
}
