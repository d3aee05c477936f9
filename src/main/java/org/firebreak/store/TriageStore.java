package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.firebreak.incident.Platform;
import org.firebreak.queue.MessageStatus;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.ChangeSet;
import org.firebreak.triage.Reply;
import org.firebreak.triage.TriageRuleException;

/**
 * Triage changes in H2. Every action takes a change-set number; each message it touches gets an
 * audit row with the value before and after, in the same transaction as the change itself.
 */
public final class TriageStore {

  static final String NEEDS_REPLY_LABEL = "needs reply";
  private final Database db;

  public TriageStore(Database db) {
    this.db = db;
  }

  public ChangeSet setStatus(List<Long> ids, MessageStatus status, String actor, Instant at) {
    return db.write(
        c -> {
          long change = nextChange(c);
          int changed = setStatus(c, change, ids, status, actor, at);
          return new ChangeSet(change, "status.set", changed);
        });
  }

  static int setStatus(
      Connection c, long change, List<Long> ids, MessageStatus status, String actor, Instant at)
      throws SQLException {
    boolean few = ids.size() <= RowWiseTriage.MAX_ROWS;
    List<Long> touched =
        few
            ? RowWiseTriage.setStatus(c, change, ids, status, actor, at)
            : SetWiseTriage.setStatus(c, change, ids, status.name(), actor, at);
    if (touched.isEmpty()) {
      return 0;
    }
    Long needsReply = labelId(c, NEEDS_REPLY_LABEL);
    if (needsReply != null) {
      if (status.awaitsReply()) {
        addLabel(c, change, touched, needsReply, actor, at);
      } else {
        removeLabel(c, change, touched, needsReply, actor, at);
      }
    }
    return touched.size();
  }

  public ChangeSet toggleLabel(List<Long> ids, long labelId, String actor, Instant at) {
    return db.write(
        c -> {
          if (labelName(c, labelId) == null) {
            throw new TriageRuleException(
                "The label no longer exists (it may have just been deleted).", "label");
          }
          long change = nextChange(c);
          List<Long> without = RowWiseTriage.withoutLabel(c, ids, labelId);
          int changed =
              without.isEmpty()
                  ? removeLabel(c, change, ids, labelId, actor, at)
                  : addLabel(c, change, without, labelId, actor, at);
          return new ChangeSet(change, without.isEmpty() ? "label.remove" : "label.add", changed);
        });
  }

  static int addLabel(
      Connection c, long change, List<Long> ids, long labelId, String actor, Instant at)
      throws SQLException {
    return ids.size() <= RowWiseTriage.MAX_ROWS
        ? RowWiseTriage.addLabel(c, change, ids, labelId, actor, at)
        : SetWiseTriage.addLabel(c, change, ids, labelId, actor, at);
  }

  static int removeLabel(
      Connection c, long change, List<Long> ids, long labelId, String actor, Instant at)
      throws SQLException {
    return ids.size() <= RowWiseTriage.MAX_ROWS
        ? RowWiseTriage.removeLabel(c, change, ids, labelId, actor, at)
        : SetWiseTriage.removeLabel(c, change, ids, labelId, actor, at);
  }

  /** Adds a label to the messages that lack it, as one undoable change set (a rule applied). */
  public ChangeSet addLabel(List<Long> ids, long labelId, String actor, Instant at) {
    return db.write(
        c -> {
          if (labelName(c, labelId) == null) {
            throw new TriageRuleException(
                "The label no longer exists (it may have just been deleted).", "label");
          }
          long change = nextChange(c);
          return new ChangeSet(change, "label.add", addLabel(c, change, ids, labelId, actor, at));
        });
  }

  public ChangeSet assign(List<Long> ids, String person, String actor, Instant at) {
    return db.write(
        c -> {
          long change = nextChange(c);
          return new ChangeSet(change, "assign", assign(c, change, ids, person, actor, at));
        });
  }

  static int assign(
      Connection c, long change, List<Long> ids, String person, String actor, Instant at)
      throws SQLException {
    Map<Long, String> before = RowWiseTriage.column(c, ids, "assignee");
    List<AuditEntry> audit = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE messages SET assignee = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> e : before.entrySet()) {
        if (!Objects.equals(person, e.getValue())) {
          ps.setString(1, person);
          ps.setLong(2, e.getKey());
          ps.addBatch();
          audit.add(
              AuditEntry.of(at, actor, "assign", "message", e.getKey(), e.getValue(), person));
        }
      }
      ps.executeBatch();
    }
    AuditLog.appendChange(c, change, audit);
    if (person != null) {
      List<Long> waiting = new ArrayList<>();
      for (Map.Entry<Long, String> e : RowWiseTriage.column(c, ids, "status").entrySet()) {
        if (MessageStatus.NEEDS_REPLY.name().equals(e.getValue())) {
          waiting.add(e.getKey());
        }
      }
      setStatus(c, change, waiting, MessageStatus.ASSIGNED, actor, at);
    }
    return audit.size();
  }

  public ChangeSet recordReply(
      List<Long> ids, String text, Optional<Platform> platform, String actor, Instant at) {
    return db.write(
        c -> {
          long change = nextChange(c);
          return new ChangeSet(
              change, "reply.record", recordReply(c, change, ids, text, platform, actor, at));
        });
  }

  static int recordReply(
      Connection c,
      long change,
      List<Long> ids,
      String text,
      Optional<Platform> platform,
      String actor,
      Instant at)
      throws SQLException {
    Map<Long, String> platforms = RowWiseTriage.column(c, ids, "platform");
    List<AuditEntry> audit = new ArrayList<>();
    for (Map.Entry<Long, String> e : platforms.entrySet()) {
      Platform where = platform.orElse(Platform.valueOf(e.getValue()));
      long replyId =
          ReplyStore.insert(c, e.getKey(), new Reply(0, e.getKey(), text, actor, at, where));
      audit.add(
          AuditEntry.of(
              at, actor, "reply.record", "message", e.getKey(), null, Long.toString(replyId)));
    }
    AuditLog.appendChange(c, change, audit);
    setStatus(c, change, List.copyOf(platforms.keySet()), MessageStatus.REPLIED, actor, at);
    return audit.size();
  }

  public ChangeSet undo(long changeId, String actor, Instant at) {
    return db.write(
        c -> {
          if (alreadyUndone(c, changeId)) {
            throw new TriageRuleException("That change was already undone.", "change");
          }
          long change = nextChange(c);
          int messages = SetWiseUndo.undo(c, changeId, change, actor, at);
          if (messages == 0) {
            throw new TriageRuleException("There is no change " + changeId + " to undo.", "change");
          }
          AuditLog.appendChange(
              c,
              change,
              List.of(
                  AuditEntry.of(
                      at, actor, "undo", "change", changeId, null, Long.toString(change))));
          return new ChangeSet(change, "undo", messages);
        });
  }

  public List<AuditEntry> history(long messageId) {
    return new AuditLog(db).history("message", messageId);
  }

  static long nextChange(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT NEXT VALUE FOR change_sets");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static boolean alreadyUndone(Connection c, long changeId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM audit_log WHERE action = 'undo' AND entity = 'change' AND entity_id = ?")) {
      ps.setLong(1, changeId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Long labelId(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM labels WHERE name_key = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  static String labelName(Connection c, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM labels WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
