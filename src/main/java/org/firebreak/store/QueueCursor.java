package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.firebreak.queue.MessageStatus;
import org.firebreak.share.QueueRow;
import org.firebreak.share.QueueRows;

/**
 * Walks the whole queue, oldest arrival first, one row at a time: a report of a million messages
 * never holds them all in memory (H2 spills large results to disk; the fetch size bounds the rest).
 */
public final class QueueCursor implements QueueRows {

  private static final String LABEL_SEPARATOR = "\u001f";
  private static final String SELECT =
      "SELECT m.received_at, m.platform, m.external_id, m.author, m.author_reach, m.text,"
          + " m.sentiment, m.priority, m.status, m.assignee,"
          + " (SELECT LISTAGG(l.name, '"
          + LABEL_SEPARATOR
          + "') WITHIN GROUP (ORDER BY l.name) FROM message_labels ml"
          + " JOIN labels l ON l.id = ml.label_id WHERE ml.message_id = m.id) AS label_names,"
          + " (SELECT COUNT(*) FROM replies r WHERE r.message_id = m.id) AS reply_count"
          + " FROM messages m";

  private final Database db;

  public QueueCursor(Database db) {
    this.db = db;
  }

  @Override
  public long forEach(Optional<MessageStatus> status, Consumer<QueueRow> sink) {
    String sql =
        SELECT
            + (status.isPresent() ? " WHERE m.status = ?" : "")
            + " ORDER BY m.received_at, m.id";
    return db.read(
        c -> {
          long n = 0;
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(500);
            if (status.isPresent()) {
              ps.setString(1, status.get().name());
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                sink.accept(map(rs));
                n++;
              }
            }
          }
          return n;
        });
  }

  private static QueueRow map(ResultSet rs) throws SQLException {
    String names = rs.getString("label_names");
    List<String> labels =
        names == null || names.isEmpty() ? List.of() : Arrays.asList(names.split(LABEL_SEPARATOR));
    return new QueueRow(
        Sql.instant(rs, "received_at"),
        rs.getString("platform"),
        rs.getString("external_id"),
        rs.getString("author"),
        rs.getLong("author_reach"),
        rs.getString("text"),
        rs.getDouble("sentiment"),
        rs.getInt("priority"),
        labels,
        rs.getString("status"),
        rs.getString("assignee"),
        rs.getLong("reply_count"));
  }
}
