package org.firebreak.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;
import org.firebreak.queue.InsertResult;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.queue.TextPreview;

/** Messages in H2: batched, de-duplicated inserts and windowed queue reads. */
public final class MessageStore {

  static final int PREVIEW_GRAPHEMES = 280;

  private static final String INSERT =
      "INSERT INTO messages (platform, external_id, conversation_id, author, author_reach, text,"
          + " preview, url, created_at, received_at, direction, language, sentiment, priority,"
          + " status, assignee) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM DUAL"
          + " WHERE NOT EXISTS (SELECT 1 FROM messages WHERE platform = ? AND external_id = ?)";

  private final Database db;

  public MessageStore(Database db) {
    this.db = db;
  }

  /**
   * Inserts a batch in one transaction; a message already stored (same platform and id) is skipped.
   */
  public InsertResult insertBatch(List<Message> batch) {
    return db.write(c -> insertBatch(c, batch));
  }

  static InsertResult insertBatch(Connection c, List<Message> batch) throws SQLException {
    int inserted = 0;
    int duplicates = 0;
    Set<String> seen = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      int queued = 0;
      for (Message m : batch) {
        if (!seen.add(m.platform() + "\u0000" + m.externalId())) {
          duplicates++;
          continue;
        }
        bind(ps, m);
        ps.addBatch();
        queued++;
      }
      if (queued > 0) {
        for (int count : ps.executeBatch()) {
          if (count > 0) {
            inserted++;
          } else {
            duplicates++;
          }
        }
      }
    }
    return new InsertResult(inserted, duplicates);
  }

  private static void bind(PreparedStatement ps, Message m) throws SQLException {
    ps.setString(1, m.platform().name());
    ps.setString(2, m.externalId());
    ps.setString(3, m.conversationId());
    ps.setString(4, m.author());
    ps.setLong(5, m.authorReach());
    ps.setString(6, m.text());
    ps.setString(7, TextPreview.cut(m.text(), PREVIEW_GRAPHEMES));
    ps.setString(8, m.url());
    Sql.setInstant(ps, 9, m.createdAt());
    Sql.setInstant(ps, 10, m.receivedAt());
    ps.setString(11, m.direction().name());
    ps.setString(12, m.language());
    ps.setDouble(13, m.sentiment());
    ps.setInt(14, m.priority());
    ps.setString(15, m.status().name());
    ps.setString(16, m.assignee());
    ps.setString(17, m.platform().name());
    ps.setString(18, m.externalId());
  }

  /** One window of the queue, filtered and sorted by the database; text is the stored preview. */
  public List<Message> page(QueueQuery q) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT id, platform, external_id, conversation_id, author, author_reach, preview AS text,"
                + " url, created_at, received_at, direction, language, sentiment, priority, status,"
                + " assignee FROM messages");
    if (q.status().isPresent()) {
      sql.append(" WHERE status = ?");
    }
    sql.append(" ORDER BY ")
        .append(q.sort().column())
        .append(q.descending() ? " DESC" : " ASC")
        .append(", id DESC LIMIT ? OFFSET ?");
    return db.read(
        c -> {
          List<Message> rows = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (q.status().isPresent()) {
              ps.setString(i++, q.status().get().name());
            }
            ps.setInt(i++, q.limit());
            ps.setInt(i, q.offset());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rows.add(map(rs, List.of()));
              }
            }
          }
          return withLabels(c, rows);
        });
  }

  public long count(QueueQuery q) {
    return db.read(
        c -> {
          String sql =
              "SELECT COUNT(*) FROM messages" + (q.status().isPresent() ? " WHERE status = ?" : "");
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (q.status().isPresent()) {
              ps.setString(1, q.status().get().name());
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private static List<Message> withLabels(Connection c, List<Message> rows) throws SQLException {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<Long, List<String>> labels = new HashMap<>();
    Array ids = c.createArrayOf("BIGINT", rows.stream().map(Message::id).toArray());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT ml.message_id, l.name FROM message_labels ml JOIN labels l ON l.id = ml.label_id"
                + " WHERE ml.message_id = ANY(?) ORDER BY l.name")) {
      ps.setArray(1, ids);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          labels.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
      }
    }
    List<Message> out = new ArrayList<>(rows.size());
    for (Message m : rows) {
      out.add(withLabels(m, labels.getOrDefault(m.id(), List.of())));
    }
    return out;
  }

  private static Message withLabels(Message m, List<String> labels) {
    return new Message(
        m.id(),
        m.platform(),
        m.externalId(),
        m.conversationId(),
        m.author(),
        m.authorReach(),
        m.text(),
        m.url(),
        m.createdAt(),
        m.receivedAt(),
        m.direction(),
        m.language(),
        m.sentiment(),
        m.priority(),
        m.status(),
        m.assignee(),
        labels);
  }

  static Message map(ResultSet rs, List<String> labels) throws SQLException {
    return new Message(
        rs.getLong("id"),
        Platform.valueOf(rs.getString("platform")),
        rs.getString("external_id"),
        rs.getString("conversation_id"),
        rs.getString("author"),
        rs.getLong("author_reach"),
        rs.getString("text"),
        rs.getString("url"),
        Sql.instant(rs, "created_at"),
        Sql.instant(rs, "received_at"),
        Direction.valueOf(rs.getString("direction")),
        rs.getString("language"),
        rs.getDouble("sentiment"),
        rs.getInt("priority"),
        MessageStatus.valueOf(rs.getString("status")),
        rs.getString("assignee"),
        labels);
  }
}
