package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import org.firebreak.queue.SearchTerms;

/**
 * The search index: one row per (word, message), written in the transaction that stores the message
 * and taken back with it (see ADR 0013). Words come from {@link SearchTerms}.
 */
public final class MessageTerms {

  public static final String INSERT = "INSERT INTO message_terms (term, message_id) VALUES (?, ?)";
  private static final int DELETE_CHUNK = 1000;

  private MessageTerms() {}

  /** Adds the words of one message to an open batch of {@link #INSERT}. */
  public static void add(PreparedStatement ps, long messageId, String text) throws SQLException {
    for (String term : SearchTerms.of(text)) {
      ps.setString(1, term);
      ps.setLong(2, messageId);
      ps.addBatch();
    }
  }

  /** Indexes one message (a message merged in from a session file, one at a time). */
  static void index(Connection c, long messageId, String text) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      add(ps, messageId, text);
      ps.executeBatch();
    }
  }

  /** Forgets the words of messages about to be removed (their text gives the keys to delete). */
  static void forget(Connection c, long[] ids) throws SQLException {
    try (PreparedStatement read =
            c.prepareStatement("SELECT id, text FROM messages WHERE id = ANY(?)");
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM message_terms WHERE term = ? AND message_id = ?")) {
      for (int from = 0; from < ids.length; from += DELETE_CHUNK) {
        long[] chunk = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + DELETE_CHUNK));
        read.setArray(1, c.createArrayOf("BIGINT", Arrays.stream(chunk).boxed().toArray()));
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            add(delete, rs.getLong(1), rs.getString(2));
          }
        }
        delete.executeBatch();
      }
    }
  }
}
