package org.firebreak.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

/**
 * One export's reading of the entries, in {@link SessionRows#ENTRIES} order, that reads the
 * messages table once (ADR 0030). The labels, replies, notes and audit entries name their message
 * by platform and external id; a join for each of their rows read the message's page again, and
 * H2's page cache, smaller than the table, had dropped it since: each such entry cost another read
 * of every message. Here the messages entry keeps the keys of the messages those entries refer to,
 * and they take them from it; a message not kept (written after the messages entry was read) is
 * looked up by its id, so the rows are the same as {@link SessionRows#stream}'s.
 */
public final class SessionExportRows {

  private static final String MID = "fb_mid";
  private static final String EID = "fb_eid";
  private static final String ID = "fb_id";

  /** The entries that name a message, read with its id instead of a join. */
  private static final Map<String, String> KEYED =
      Map.of(
          "message_labels",
          "SELECT ml.message_id AS fb_mid, l.name_key AS label FROM message_labels ml"
              + " JOIN labels l ON l.id = ml.label_id ORDER BY ml.message_id, ml.label_id",
          "replies",
          "SELECT r.message_id AS fb_mid, r.text, r.sent_by, r.sent_at, r.platform FROM replies r"
              + " ORDER BY r.id",
          "notes",
          "SELECT n.message_id AS fb_mid, n.text, n.author, n.created_at, n.conversation_id"
              + " FROM notes n ORDER BY n.id",
          "audit",
          SessionRows.AUDIT_VALUES
              + " CASE WHEN s.id IS NULL AND l.id IS NULL THEN a.entity_id END AS fb_eid,"
              + " CASE WHEN a.entity = 'message' THEN a.entity_id END AS fb_mid, "
              + SessionRows.STMT
              + "l.name_key AS l_label FROM audit_log a"
              + SessionRows.AUDIT_JOINS);

  private static final String[] REFERRED =
      new String[] {
        "SELECT message_id FROM message_labels",
        "SELECT message_id FROM replies",
        "SELECT message_id FROM notes WHERE message_id IS NOT NULL",
        "SELECT entity_id FROM audit_log WHERE entity = 'message' AND entity_id IS NOT NULL"
      };

  private final Database db;
  // the ids other entries refer to, sorted, and their keys once the messages entry has read them
  private long[] referred = new long[0];
  private String[] platforms = new String[0];
  private String[] externalIds = new String[0];

  public SessionExportRows(Database db) {
    this.db = db;
  }

  /** Streams one entry's rows as {@link SessionRows#stream} does. */
  public void stream(String entry, SessionRows.ColumnSink sink) {
    String sql = SessionRows.SQL.get(entry);
    if (sql == null) {
      throw new IllegalArgumentException("No session entry " + entry);
    }
    if (entry.equals("messages")) {
      db.readSteady(c -> messages(c, sql, sink));
    } else if (KEYED.containsKey(entry)) {
      db.readSteady(
          c -> {
            Keyed keyed = new Keyed(c, sink);
            try {
              return SessionRows.streamOn(c, KEYED.get(entry), keyed);
            } finally {
              keyed.close();
            }
          });
    } else {
      db.readSteady(c -> SessionRows.streamOn(c, sql, sink));
    }
  }

  private Void messages(Connection c, String sql, SessionRows.ColumnSink sink) throws SQLException {
    referred = referred(c);
    platforms = new String[referred.length];
    externalIds = new String[referred.length];
    String withId = sql.replace(" FROM messages ", ", id AS " + ID + " FROM messages ");
    if (withId.equals(sql)) {
      throw new IllegalStateException("The messages entry's query has changed: " + sql);
    }
    return SessionRows.streamOn(c, withId, new KeepingKeys(sink));
  }

  private static long[] referred(Connection c) throws SQLException {
    long[] ids = new long[1024];
    int n = 0;
    for (String sql : REFERRED) {
      try (PreparedStatement ps = c.prepareStatement(sql);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
          }
          ids[n++] = rs.getLong(1);
        }
      }
    }
    long[] sorted = Arrays.copyOf(ids, n);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  /** The messages entry: hides the id it reads and keeps the keys other entries will ask for. */
  private final class KeepingKeys implements SessionRows.ColumnSink {
    private final SessionRows.ColumnSink out;
    private int id;
    private int platform;
    private int externalId;
    private Object[] shown;

    KeepingKeys(SessionRows.ColumnSink out) {
      this.out = out;
    }

    @Override
    public void columns(String[] names) throws IOException {
      id = names.length - 1;
      platform = Arrays.asList(names).indexOf("platform");
      externalId = Arrays.asList(names).indexOf("external_id");
      shown = new Object[id];
      out.columns(Arrays.copyOf(names, id));
    }

    @Override
    public void row(Object[] values) throws IOException {
      int at = Arrays.binarySearch(referred, ((Number) values[id]).longValue());
      if (at >= 0) {
        platforms[at] = (String) values[platform];
        externalIds[at] = (String) values[externalId];
      }
      System.arraycopy(values, 0, shown, 0, id);
      out.row(shown);
    }
  }

  /** An entry naming a message: its id becomes the message's platform and external id. */
  private final class Keyed implements SessionRows.ColumnSink {
    private final Connection c;
    private final SessionRows.ColumnSink out;
    private PreparedStatement lookup;
    private int[] from; // for each shown column, the read column it comes from (or a marker)
    private int mid;
    private int eid = -1;
    private Object[] shown;
    private final String[] found = new String[2];

    Keyed(Connection c, SessionRows.ColumnSink out) {
      this.c = c;
      this.out = out;
    }

    @Override
    public void columns(String[] names) throws IOException {
      java.util.List<String> shownNames = new java.util.ArrayList<>();
      java.util.List<Integer> sources = new java.util.ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        switch (names[i]) {
          case MID -> mid = i;
          case EID -> eid = i;
          default -> {
            shownNames.add(names[i]);
            sources.add(i);
          }
        }
      }
      shownNames.add("m_platform");
      sources.add(-1);
      shownNames.add("m_external_id");
      sources.add(-2);
      if (eid >= 0) {
        shownNames.add("entity_id");
        sources.add(-3);
      }
      from = sources.stream().mapToInt(Integer::intValue).toArray();
      shown = new Object[from.length];
      out.columns(shownNames.toArray(String[]::new));
    }

    @Override
    public void row(Object[] values) throws IOException {
      boolean known = values[mid] != null && key(((Number) values[mid]).longValue());
      if (!known && eid < 0) {
        return; // as the inner join did: a row whose message is gone is left out
      }
      for (int i = 0; i < from.length; i++) {
        shown[i] =
            switch (from[i]) {
              case -1 -> known ? found[0] : null;
              case -2 -> known ? found[1] : null;
              case -3 -> known ? null : values[eid];
              default -> values[from[i]];
            };
      }
      out.row(shown);
    }

    void close() throws SQLException {
      if (lookup != null) {
        lookup.close();
      }
    }

    /** Puts the message's platform and external id in {@link #found}; false when it is gone. */
    private boolean key(long id) throws IOException {
      int at = Arrays.binarySearch(referred, id);
      if (at >= 0 && externalIds[at] != null) {
        found[0] = platforms[at];
        found[1] = externalIds[at];
        return true;
      }
      try {
        if (lookup == null) {
          lookup = c.prepareStatement("SELECT platform, external_id FROM messages WHERE id = ?");
        }
        lookup.setLong(1, id);
        try (ResultSet rs = lookup.executeQuery()) {
          if (!rs.next()) {
            return false;
          }
          found[0] = rs.getString(1);
          found[1] = rs.getString(2);
          return true;
        }
      } catch (SQLException e) {
        throw new IOException("Reading message " + id + " failed: " + e.getMessage(), e);
      }
    }
  }
}
