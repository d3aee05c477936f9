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
import org.firebreak.triage.TriageRuleException;

/**
 * Reverts a whole change set with a few set statements, whatever its size: its audit rows are read
 * once, each field goes back to the value before the change set's first entry about it, and the
 * {@code undo.*} audit rows are copied from the originals by one statement (ADR 9, ADR 18).
 */
final class SetWiseUndo {

  /**
   * Ids per statement: H2 refuses an array over 65,536 elements, and a bulk action's change set can
   * hold every message in the incident.
   */
  static final int CHUNK = 50_000;

  private SetWiseUndo() {}

  /** Work on one slice of a list. */
  private interface Slice {
    void apply(int from, int to) throws SQLException;
  }

  private static void inChunks(int size, Slice slice) throws SQLException {
    for (int from = 0; from < size; from += CHUNK) {
      slice.apply(from, Math.min(size, from + CHUNK));
    }
  }

  /** A (message, label) pair. */
  private record Pair(long message, long label) {}

  /** Reverts {@code changeId} under the new change set {@code change}; returns messages touched. */
  static int undo(Connection c, long changeId, long change, String actor, Instant at)
      throws SQLException {
    Map<Long, String> status = new LinkedHashMap<>();
    Map<Long, String> assignee = new LinkedHashMap<>();
    Map<Pair, Boolean> labelWasThere = new LinkedHashMap<>();
    List<Long> replyIds = new ArrayList<>();
    List<Long> replyMessages = new ArrayList<>();
    java.util.Set<Long> messages = new java.util.HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT entity_id, action, before_value, after_value FROM audit_log"
                + " WHERE change_id = ? AND entity = 'message' ORDER BY id")) {
      ps.setLong(1, changeId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String action = rs.getString(2);
          String before = rs.getString(3);
          String after = rs.getString(4);
          messages.add(id);
          // the first entry about a field holds its value before the whole change set
          switch (action) {
            case "status.set" -> status.putIfAbsent(id, before);
            case "assign" -> assignee.putIfAbsent(id, before);
            case "label.add" ->
                labelWasThere.putIfAbsent(new Pair(id, Long.parseLong(after)), false);
            case "label.remove" ->
                labelWasThere.putIfAbsent(new Pair(id, Long.parseLong(before)), true);
            case "reply.record" -> {
              replyIds.add(Long.parseLong(after));
              replyMessages.add(id);
            }
            default ->
                throw new TriageRuleException(
                    "A change of kind " + action + " cannot be undone.", "change");
          }
        }
      }
    }
    if (messages.isEmpty()) {
      return 0;
    }
    restore(c, "status", status);
    restore(c, "assignee", assignee);
    List<Pair> remove = new ArrayList<>();
    List<Pair> putBack = new ArrayList<>();
    labelWasThere.forEach((p, was) -> (was ? putBack : remove).add(p));
    labels(c, remove, "WHEN MATCHED THEN DELETE");
    labels(c, putBack, "WHEN NOT MATCHED THEN INSERT (message_id, label_id) VALUES (u.m, u.l)");
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO replies t USING (SELECT * FROM UNNEST(?, ?)) AS u(id, m)"
                + " ON t.id = u.id AND t.message_id = u.m WHEN MATCHED THEN DELETE")) {
      inChunks(
          replyIds.size(),
          (from, to) -> {
            ps.setArray(1, SetWiseTriage.longs(c, replyIds.subList(from, to)));
            ps.setArray(2, SetWiseTriage.longs(c, replyMessages.subList(from, to)));
            ps.executeUpdate();
          });
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, before_value,"
                + " after_value, change_id) SELECT ?, ?, 'undo.' || action, 'message', entity_id,"
                + " after_value, before_value, ? FROM audit_log WHERE change_id = ?"
                + " AND entity = 'message' ORDER BY id DESC")) {
      Sql.setInstant(ps, 1, at);
      ps.setString(2, actor);
      ps.setLong(3, change);
      ps.setLong(4, changeId);
      ps.executeUpdate();
    }
    return messages.size();
  }

  private static void restore(Connection c, String column, Map<Long, String> values)
      throws SQLException {
    List<Long> ids = List.copyOf(values.keySet());
    Object[] before = values.values().toArray();
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO messages t USING (SELECT * FROM UNNEST(?, ?)) AS u(id, v) ON t.id = u.id"
                + " WHEN MATCHED THEN UPDATE SET "
                + column
                + " = u.v")) {
      inChunks(
          ids.size(),
          (from, to) -> {
            ps.setArray(1, SetWiseTriage.longs(c, ids.subList(from, to)));
            ps.setArray(
                2, c.createArrayOf("VARCHAR", java.util.Arrays.copyOfRange(before, from, to)));
            ps.executeUpdate();
          });
    }
  }

  private static void labels(Connection c, List<Pair> pairs, String action) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO message_labels t USING (SELECT * FROM UNNEST(?, ?)) AS u(m, l)"
                + " ON t.message_id = u.m AND t.label_id = u.l "
                + action)) {
      inChunks(
          pairs.size(),
          (from, to) -> {
            List<Pair> slice = pairs.subList(from, to);
            ps.setArray(1, SetWiseTriage.longs(c, slice.stream().map(Pair::message).toList()));
            ps.setArray(2, SetWiseTriage.longs(c, slice.stream().map(Pair::label).toList()));
            ps.executeUpdate();
          });
    }
  }
}
