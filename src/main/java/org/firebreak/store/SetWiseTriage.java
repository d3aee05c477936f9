package org.firebreak.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Triage changes as a few set statements over an array of message ids, whatever their number: the
 * rows that differ are read once, then one statement writes their audit rows and one changes them
 * (ADR 18). Everything runs in the caller's transaction.
 */
final class SetWiseTriage {

  private SetWiseTriage() {}

  /** Sets the status where it differs; returns the ids changed, in id order. */
  static List<Long> setStatus(
      Connection c, long change, List<Long> ids, String status, String actor, Instant at)
      throws SQLException {
    Map<Long, String> before = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.id, m.status FROM UNNEST(?) AS u(id) JOIN messages m ON m.id = u.id"
                + " WHERE m.status <> ? ORDER BY m.id")) {
      ps.setArray(1, longs(c, ids));
      ps.setString(2, status);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          before.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    if (before.isEmpty()) {
      return List.of();
    }
    List<Long> changed = List.copyOf(before.keySet());
    Array changedIds = longs(c, changed);
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_value,"
                + " after_value, change_id) SELECT ?, ?, 'status.set', 'message', u.id, u.b, ?, ?"
                + " FROM UNNEST(?, ?) AS u(id, b) ORDER BY u.id")) {
      Sql.setInstant(ps, 1, at);
      ps.setString(2, actor);
      ps.setString(3, status);
      ps.setLong(4, change);
      ps.setArray(5, changedIds);
      ps.setArray(6, c.createArrayOf("VARCHAR", before.values().toArray()));
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO messages t USING (SELECT * FROM UNNEST(?)) AS u(id) ON t.id = u.id"
                + " WHEN MATCHED THEN UPDATE SET status = ?")) {
      ps.setArray(1, changedIds);
      ps.setString(2, status);
      ps.executeUpdate();
    }
    return changed;
  }

  /**
   * Adds the label where it is missing; returns how many messages gained it. The messages lacking
   * it are found once; the audit rows and the label rows are then written from that list.
   */
  static int addLabel(
      Connection c, long change, List<Long> ids, long labelId, String actor, Instant at)
      throws SQLException {
    List<Long> lacking = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.id FROM UNNEST(?) AS u(id) JOIN messages m ON m.id = u.id WHERE NOT EXISTS"
                + " (SELECT 1 FROM message_labels ml WHERE ml.message_id = m.id"
                + " AND ml.label_id = ?) ORDER BY m.id")) {
      ps.setArray(1, longs(c, distinct(ids)));
      ps.setLong(2, labelId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          lacking.add(rs.getLong(1));
        }
      }
    }
    if (lacking.isEmpty()) {
      return 0;
    }
    Array gaining = longs(c, lacking);
    int audited;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_value,"
                + " after_value, change_id) SELECT ?, ?, 'label.add', 'message', u.id, NULL, ?, ?"
                + " FROM UNNEST(?) AS u(id) ORDER BY u.id")) {
      Sql.setInstant(ps, 1, at);
      ps.setString(2, actor);
      ps.setString(3, Long.toString(labelId));
      ps.setLong(4, change);
      ps.setArray(5, gaining);
      audited = ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO message_labels (message_id, label_id) SELECT u.id, ? FROM UNNEST(?)"
                + " AS u(id)")) {
      ps.setLong(1, labelId);
      ps.setArray(2, gaining);
      int added = ps.executeUpdate();
      if (added != audited) {
        throw new SQLException("label.add: " + added + " rows changed, " + audited + " audited");
      }
    }
    return audited;
  }

  /** Removes the label where it is present; returns how many messages lost it. */
  static int removeLabel(
      Connection c, long change, List<Long> ids, long labelId, String actor, Instant at)
      throws SQLException {
    Array all = longs(c, distinct(ids));
    int audited;
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_value,"
                + " after_value, change_id) SELECT ?, ?, 'label.remove', 'message', ml.message_id,"
                + " ?, NULL, ? FROM UNNEST(?) AS u(id) JOIN message_labels ml"
                + " ON ml.message_id = u.id AND ml.label_id = ? ORDER BY ml.message_id")) {
      Sql.setInstant(ps, 1, at);
      ps.setString(2, actor);
      ps.setString(3, Long.toString(labelId));
      ps.setLong(4, change);
      ps.setArray(5, all);
      ps.setLong(6, labelId);
      audited = ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO message_labels t USING (SELECT * FROM UNNEST(?)) AS u(id)"
                + " ON t.message_id = u.id AND t.label_id = ? WHEN MATCHED THEN DELETE")) {
      ps.setArray(1, all);
      ps.setLong(2, labelId);
      int removed = ps.executeUpdate();
      if (removed != audited) {
        throw new SQLException(
            "label.remove: " + removed + " rows changed, " + audited + " audited");
      }
    }
    return audited;
  }

  static Array longs(Connection c, List<Long> ids) throws SQLException {
    return c.createArrayOf("BIGINT", ids.toArray());
  }

  /** The distinct ids, in the order first seen. */
  static List<Long> distinct(List<Long> ids) {
    return new ArrayList<>(new java.util.LinkedHashSet<>(ids));
  }
}
