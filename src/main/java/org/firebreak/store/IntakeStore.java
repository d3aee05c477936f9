package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.firebreak.intake.IncomingMessage;
import org.firebreak.queue.InsertResult;
import org.firebreak.queue.Message;
import org.firebreak.queue.TextPreview;

/**
 * Where the intake pipeline lands messages: one transaction per batch, a message already stored
 * (same platform and id) skipped, and the ids of new rows handed back so an import that turns out
 * unreadable halfway can be taken back whole.
 */
public final class IntakeStore {

  private static final String INSERT =
      "INSERT INTO messages (platform, external_id, conversation_id, author, author_reach, text,"
          + " preview, url, created_at, received_at, direction, language, sentiment, priority,"
          + " status, assignee, cluster_key, flags)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM DUAL"
          + " WHERE NOT EXISTS (SELECT 1 FROM messages WHERE platform = ? AND external_id = ?)";
  private static final int DELETE_CHUNK = 1000;

  /** How a batch landed, and the database ids of the rows it added. */
  public record StoredBatch(InsertResult result, long[] newIds) {}

  private final Database db;

  public IntakeStore(Database db) {
    this.db = db;
  }

  /** Inserts the batch in one transaction: all of its new messages are committed, or none. */
  public StoredBatch insert(List<IncomingMessage> batch) {
    return db.write(c -> insert(c, batch));
  }

  private static StoredBatch insert(Connection c, List<IncomingMessage> batch) throws SQLException {
    int duplicates = 0;
    int queued = 0;
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"ID"})) {
      for (IncomingMessage in : batch) {
        Message m = in.message();
        if (!seen.add(m.platform() + "\u0000" + m.externalId())) {
          duplicates++;
          continue;
        }
        bind(ps, in);
        ps.addBatch();
        queued++;
      }
      if (queued == 0) {
        return new StoredBatch(new InsertResult(0, duplicates), new long[0]);
      }
      int inserted = 0;
      for (int count : ps.executeBatch()) {
        inserted += count > 0 ? 1 : 0;
      }
      long[] ids = new long[inserted];
      int n = 0;
      try (ResultSet keys = ps.getGeneratedKeys()) {
        while (keys.next() && n < ids.length) {
          ids[n++] = keys.getLong(1);
        }
      }
      return new StoredBatch(
          new InsertResult(inserted, duplicates + queued - inserted), Arrays.copyOf(ids, n));
    }
  }

  private static void bind(PreparedStatement ps, IncomingMessage in) throws SQLException {
    Message m = in.message();
    ps.setString(1, m.platform().name());
    ps.setString(2, m.externalId());
    ps.setString(3, m.conversationId());
    ps.setString(4, m.author());
    ps.setLong(5, m.authorReach());
    ps.setString(6, m.text());
    ps.setString(7, TextPreview.cut(m.text(), MessageStore.PREVIEW_GRAPHEMES));
    ps.setString(8, m.url());
    Sql.setInstant(ps, 9, m.createdAt());
    Sql.setInstant(ps, 10, m.receivedAt());
    ps.setString(11, m.direction().name());
    ps.setString(12, m.language());
    ps.setDouble(13, m.sentiment());
    ps.setInt(14, m.priority());
    ps.setString(15, m.status().name());
    ps.setString(16, m.assignee());
    ps.setString(17, in.clusterKey());
    ps.setString(18, in.flags());
    ps.setString(19, m.platform().name());
    ps.setString(20, m.externalId());
  }

  /** Takes back rows an import added, in one transaction (an import that failed halfway). */
  public void remove(long[] ids) {
    if (ids.length == 0) {
      return;
    }
    db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM messages WHERE id = ANY(?)")) {
            for (int from = 0; from < ids.length; from += DELETE_CHUNK) {
              long[] chunk =
                  Arrays.copyOfRange(ids, from, Math.min(ids.length, from + DELETE_CHUNK));
              ps.setArray(1, c.createArrayOf("BIGINT", Arrays.stream(chunk).boxed().toArray()));
              ps.executeUpdate();
            }
          }
          return null;
        });
  }

  /** Messages stored in all. */
  public long count() {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM messages");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
