package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.firebreak.triage.Reply;

/** Replies the team recorded. */
public final class ReplyStore {
  private ReplyStore() {}

  static long insert(Connection c, long messageId, Reply r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO replies (message_id, text, sent_by, sent_at, platform) VALUES (?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setLong(1, messageId);
      ps.setString(2, r.text());
      ps.setString(3, r.sentBy());
      Sql.setInstant(ps, 4, r.sentAt());
      ps.setString(5, r.platform().name());
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }
}
