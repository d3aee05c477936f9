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
import org.firebreak.queue.QueueSort;
import org.firebreak.queue.TextPreview;

/** Messages in H2: batched, de-duplicated inserts and windowed queue reads. */
public final class MessageStore {

  static final int PREVIEW_GRAPHEMES = 280;

  /** Counts of matching messages stop here; the queue then says "10,000+". */
  public static final long COUNT_CAP = 10_000;

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
    int duplicates = 0;
    Set<String> seen = new HashSet<>();
    List<Message> queued = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(INSERT, new String[] {"ID"});
        PreparedStatement terms = c.prepareStatement(MessageTerms.INSERT)) {
      for (Message m : batch) {
        if (!seen.add(m.platform() + "\u0000" + m.externalId())) {
          duplicates++;
          continue;
        }
        bind(ps, m);
        ps.addBatch();
        queued.add(m);
      }
      if (queued.isEmpty()) {
        return new InsertResult(0, duplicates);
      }
      int inserted = 0;
      int[] counts = ps.executeBatch();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] > 0 && keys.next()) {
            inserted++;
            MessageTerms.add(terms, keys.getLong(1), queued.get(i).text());
          } else {
            duplicates++;
          }
        }
      }
      terms.executeBatch();
      return new InsertResult(inserted, duplicates);
    }
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
    return db.read(
        c -> {
          Filter f = Filter.of(c, q);
          String sql =
              "SELECT messages.id, platform, external_id, conversation_id, author, author_reach,"
                  + " preview AS text, url, created_at, received_at, direction, language,"
                  + " sentiment, priority, status, assignee FROM "
                  + f.from(false)
                  + f.where(false)
                  + " ORDER BY "
                  // naming the filtered status first lets H2 read (status, received_at) sorted
                  + (q.status().isPresent() && q.sort() == QueueSort.RECEIVED ? "status, " : "")
                  + q.sort().column()
                  + (q.descending() ? " DESC" : " ASC")
                  + ", messages.id DESC LIMIT ? OFFSET ?";
          List<Message> rows = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = f.bind(ps);
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

  /** The WHERE clause of a queue query: the filters, and the words searched for (ADR 0013). */
  private record Filter(QueueQuery q, TextSearch search) {

    static Filter of(Connection c, QueueQuery q) throws SQLException {
      return new Filter(q, q.search().isPresent() ? TextSearch.plan(c, q.search().get()) : null);
    }

    /** Filters on the messages' own columns: a word count must then join the messages. */
    private boolean otherFilters() {
      return q.status().isPresent()
          || q.arrivedUpTo().isPresent()
          || !q.filter().equals(org.firebreak.queue.QueueFilter.NONE);
    }

    /** The count, when the word index alone already answers it; -1 otherwise. */
    long knownCount() {
      return search == null ? -1 : search.knownCount(otherFilters());
    }

    String from(boolean forCount) {
      if (search == null) {
        return "messages";
      }
      return forCount ? search.countFrom(otherFilters()) : search.pageFrom();
    }

    String where(boolean forCount) {
      List<String> terms = new ArrayList<>();
      if (search != null) {
        terms.addAll(search.conditions(forCount));
      }
      q.status().ifPresent(s -> terms.add("status = ?"));
      q.arrivedUpTo().ifPresent(t -> terms.add("received_at <= ?"));
      QueueFilterSql.terms(q.filter(), terms);
      return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
    }

    int bind(PreparedStatement ps) throws SQLException {
      int i = search == null ? 1 : search.bind(ps, 1);
      if (q.status().isPresent()) {
        ps.setString(i++, q.status().get().name());
      }
      if (q.arrivedUpTo().isPresent()) {
        Sql.setInstant(ps, i++, q.arrivedUpTo().get());
      }
      return QueueFilterSql.bind(ps, i, q.filter());
    }
  }

  /**
   * Every message id the query matches, whatever its window: "select all matching" for a bulk
   * action. Ids only, so even a million of them is a few megabytes.
   */
  public List<Long> ids(QueueQuery q) {
    return db.read(
        c -> {
          Filter f = Filter.of(c, q);
          List<Long> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT messages.id FROM "
                      + f.from(false)
                      + f.where(false)
                      + " ORDER BY messages.id")) {
            f.bind(ps);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getLong(1));
              }
            }
          }
          return out;
        });
  }

  /** Which of these messages are past their response target at {@code now}. */
  public Set<Long> overdue(List<Long> ids, java.time.Instant now) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return db.read(
        c -> {
          Set<Long> out = new HashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM messages WHERE id = ANY(?) AND " + QueueFilterSql.OVERDUE)) {
            ps.setArray(1, c.createArrayOf("BIGINT", ids.toArray()));
            QueueFilterSql.bindOverdue(ps, 2, now);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getLong(1));
              }
            }
          }
          return out;
        });
  }

  /** The highest message id stored (0 when empty): arrivals after it are new. */
  public long maxId() {
    return db.read(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM messages");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  /** Arrivals after {@code id} (a primary-key range), less those held by a pause then. */
  public long countAfter(long id, java.util.Optional<java.time.Instant> pausedAt) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM messages WHERE id > ?"
                      + (pausedAt.isPresent() ? " AND received_at <= ?" : ""))) {
            ps.setLong(1, id);
            if (pausedAt.isPresent()) {
              Sql.setInstant(ps, 2, pausedAt.get());
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  /** One message with its whole text, or empty when it no longer exists. */
  public java.util.Optional<Message> full(long id) {
    return db.read(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT * FROM messages WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? java.util.Optional.of(withLabels(c, List.of(map(rs, List.of()))).get(0))
                  : java.util.Optional.<Message>empty();
            }
          }
        });
  }

  /** The other messages of a conversation, oldest first (at most 200). */
  public List<Message> thread(String conversationId) {
    if (conversationId == null) {
      return List.of();
    }
    return db.read(
        c -> {
          List<Message> rows = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM messages WHERE conversation_id = ? ORDER BY created_at, id LIMIT 200")) {
            ps.setString(1, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rows.add(map(rs, List.of()));
              }
            }
          }
          return rows;
        });
  }

  /**
   * How many messages match, counted exactly up to {@link #COUNT_CAP}; beyond it the answer is
   * COUNT_CAP + 1 ("10,000+"), so a filter change never scans a million rows just to count them.
   */
  public long count(QueueQuery q) {
    return db.read(
        c -> {
          Filter f = Filter.of(c, q);
          if (f.knownCount() >= 0) {
            return f.knownCount();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM (SELECT 1 FROM "
                      + f.from(true)
                      + f.where(true)
                      + " LIMIT "
                      + (COUNT_CAP + 1)
                      + ")")) {
            f.bind(ps);
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
