package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.queue.MessageStatus;
import org.firebreak.triage.AuditEntry;

/**
 * A triage key's change (a handful of messages) row by row: for so few rows this is cheaper than
 * the set statements of {@link SetWiseTriage}, whose array joins cost more to plan than to run (ADR
 * 18).
 */
final class RowWiseTriage {

  /** Up to this many messages, a change goes row by row. */
  static final int MAX_ROWS = 32;

  private RowWiseTriage() {}

  static List<Long> setStatus(
      Connection c, long change, List<Long> ids, MessageStatus status, String actor, Instant at)
      throws SQLException {
    Map<Long, String> before = column(c, ids, "status");
    List<AuditEntry> audit = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("UPDATE messages SET status = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> e : before.entrySet()) {
        if (!status.name().equals(e.getValue())) {
          ps.setString(1, status.name());
          ps.setLong(2, e.getKey());
          ps.addBatch();
          audit.add(
              AuditEntry.of(
                  at, actor, "status.set", "message", e.getKey(), e.getValue(), status.name()));
        }
      }
      ps.executeBatch();
    }
    AuditLog.appendChange(c, change, audit);
    return audit.stream().map(AuditEntry::entityId).toList();
  }

  static int addLabel(
      Connection c, long change, List<Long> ids, long labelId, String actor, Instant at)
      throws SQLException {
    List<Long> missing = withoutLabel(c, ids, labelId);
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO message_labels (message_id, label_id) VALUES (?, ?)")) {
      for (long id : missing) {
        ps.setLong(1, id);
        ps.setLong(2, labelId);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    List<AuditEntry> audit = new ArrayList<>();
    for (long id : missing) {
      audit.add(AuditEntry.of(at, actor, "label.add", "message", id, null, Long.toString(labelId)));
    }
    AuditLog.appendChange(c, change, audit);
    return missing.size();
  }

  static int removeLabel(
      Connection c, long change, List<Long> ids, long labelId, String actor, Instant at)
      throws SQLException {
    java.util.Set<Long> without = new java.util.HashSet<>(withoutLabel(c, ids, labelId));
    List<AuditEntry> audit = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM message_labels WHERE message_id = ? AND label_id = ?")) {
      for (long id : ids) {
        if (!without.contains(id)) {
          ps.setLong(1, id);
          ps.setLong(2, labelId);
          ps.addBatch();
          audit.add(
              AuditEntry.of(
                  at, actor, "label.remove", "message", id, Long.toString(labelId), null));
        }
      }
      ps.executeBatch();
    }
    AuditLog.appendChange(c, change, audit);
    return audit.size();
  }

  /** The column's value for each existing message id, in id order. */
  static Map<Long, String> column(Connection c, List<Long> ids, String column) throws SQLException {
    Map<Long, String> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, " + column + " FROM messages WHERE id = ANY(?) ORDER BY id")) {
      ps.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  static List<Long> withoutLabel(Connection c, List<Long> ids, long labelId) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM messages m WHERE id = ANY(?) AND NOT EXISTS (SELECT 1 FROM message_labels ml WHERE ml.message_id = m.id AND ml.label_id = ?) ORDER BY id")) {
      ps.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
      ps.setLong(2, labelId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }
}
