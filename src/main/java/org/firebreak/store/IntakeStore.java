package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.firebreak.intake.IncomingMessage;
import org.firebreak.queue.InsertResult;
import org.firebreak.queue.Message;
import org.firebreak.queue.TextPreview;
import org.h2.api.ErrorCode;

/**
 * Where the intake pipeline lands messages: one transaction per batch, a message already stored
 * (same platform and id) skipped, and the ids of new rows handed back so an import that turns out
 * unreadable halfway can be taken back whole. Each new message's words go into the search index
 * (ADR 0013), and a message waiting for an answer gets its "needs reply" label, in the same
 * transaction.
 */
public final class IntakeStore {

  private static final String COLUMNS =
      "INSERT INTO messages (platform, external_id, conversation_id, author, author_reach, text,"
          + " preview, url, created_at, received_at, direction, language, sentiment, priority,"
          + " status, assignee, cluster_key, flags)";

  /** Rows already known new: the batch's stored keys were looked up first, in one query. */
  private static final String INSERT =
      COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** The safe road when another writer stored one of the keys meanwhile: each row checks. */
  private static final String INSERT_IF_NEW =
      COLUMNS
          + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM DUAL"
          + " WHERE NOT EXISTS (SELECT 1 FROM messages WHERE platform = ? AND external_id = ?)";

  private static final int DELETE_CHUNK = 1000;

  /** How a batch landed, and the database ids of the rows it added. */
  public record StoredBatch(InsertResult result, long[] newIds) {}

  private final Database db;

  public IntakeStore(Database db) {
    this.db = db;
  }

  /**
   * Inserts the batch in one transaction: all of its new messages, and their words in the search
   * index, are committed, or none.
   */
  public StoredBatch insert(List<IncomingMessage> batch) {
    try {
      return db.write(c -> insert(c, batch, false));
    } catch (StoreException e) {
      if (isDuplicateKey(e.getCause())) {
        // another writer stored one of these messages after the look-up: check row by row
        return db.write(c -> insert(c, batch, true));
      }
      throw e;
    }
  }

  private static StoredBatch insert(Connection c, List<IncomingMessage> batch, boolean checkEach)
      throws SQLException {
    List<IncomingMessage> fresh = new ArrayList<>(batch.size());
    Set<String> seen = new HashSet<>();
    for (IncomingMessage in : batch) {
      if (seen.add(key(in.message().platform().name(), in.message().externalId()))) {
        fresh.add(in);
      }
    }
    if (!checkEach) {
      Set<String> stored = storedKeys(c, fresh);
      fresh.removeIf(
          in -> stored.contains(key(in.message().platform().name(), in.message().externalId())));
    }
    if (fresh.isEmpty()) {
      return new StoredBatch(new InsertResult(0, batch.size()), new long[0]);
    }
    long[] ids = new long[fresh.size()];
    List<IncomingMessage> added = new ArrayList<>(fresh.size());
    try (PreparedStatement ps =
        c.prepareStatement(checkEach ? INSERT_IF_NEW : INSERT, new String[] {"ID"})) {
      for (IncomingMessage in : fresh) {
        bind(ps, in, checkEach);
        ps.addBatch();
      }
      int[] counts = ps.executeBatch();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        for (int i = 0; i < counts.length; i++) {
          if (counts[i] > 0 && keys.next()) {
            ids[added.size()] = keys.getLong(1);
            added.add(fresh.get(i));
          }
        }
      }
    }
    try (PreparedStatement terms = c.prepareStatement(MessageTerms.INSERT)) {
      for (int i = 0; i < added.size(); i++) {
        MessageTerms.add(terms, ids[i], added.get(i).message().text());
      }
      terms.executeBatch();
    }
    long[] newIds = Arrays.copyOf(ids, added.size());
    LabelAdminStore.labelWaiting(c, newIds);
    return new StoredBatch(new InsertResult(added.size(), batch.size() - added.size()), newIds);
  }

  private static boolean isDuplicateKey(Throwable t) {
    for (Throwable x = t; x != null; x = x.getCause()) {
      if (x instanceof SQLException sql) {
        for (SQLException s = sql; s != null; s = s.getNextException()) {
          if (s.getErrorCode() == ErrorCode.DUPLICATE_KEY_1 || "23505".equals(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String key(String platform, String externalId) {
    return platform + "\u0000" + externalId;
  }

  /** Which of these (platform, id) pairs are stored already: one index look-up per platform. */
  private static Set<String> storedKeys(Connection c, List<IncomingMessage> batch)
      throws SQLException {
    Map<String, List<String>> byPlatform = new HashMap<>();
    for (IncomingMessage in : batch) {
      byPlatform
          .computeIfAbsent(in.message().platform().name(), p -> new ArrayList<>())
          .add(in.message().externalId());
    }
    Set<String> stored = new HashSet<>();
    // one (platform, external_id) index seek per id; "= ANY(?)" and IN scanned the platform
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.external_id FROM UNNEST(?) u JOIN messages m"
                + " ON m.platform = ? AND m.external_id = u.C1")) {
      for (Map.Entry<String, List<String>> e : byPlatform.entrySet()) {
        ps.setArray(1, c.createArrayOf("VARCHAR", e.getValue().toArray()));
        ps.setString(2, e.getKey());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            stored.add(key(e.getKey(), rs.getString(1)));
          }
        }
      }
    }
    return stored;
  }

  private static void bind(PreparedStatement ps, IncomingMessage in, boolean checkEach)
      throws SQLException {
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
    if (checkEach) {
      ps.setString(19, m.platform().name());
      ps.setString(20, m.externalId());
    }
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
            MessageTerms.forget(c, ids);
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
