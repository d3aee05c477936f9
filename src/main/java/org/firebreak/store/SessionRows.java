package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rows of a session file, table by table, with surrogate ids replaced by natural keys (messages
 * by platform and external id, labels by name, statements by kind, title and creation time) so that
 * another database can merge them. Rows are streamed from a cursor.
 */
public final class SessionRows {

  /** Receives one row at a time; column names are lower case, times are ISO-8601 instants. */
  @FunctionalInterface
  public interface Sink {
    void accept(Map<String, Object> row);
  }

  /**
   * Receives an entry's column names once, then each row's values in that order in one array that
   * is reused (the fast path of an export: no map per row).
   */
  public interface ColumnSink {
    void columns(String[] names) throws java.io.IOException;

    void row(Object[] values) throws java.io.IOException;
  }

  private static final String MSG = "m.platform AS m_platform, m.external_id AS m_external_id, ";
  static final String STMT = "s.kind AS s_kind, s.title AS s_title, s.created_at AS s_created_at, ";

  /** Entry names in the order a merge needs them: what is referred to comes first. */
  public static final List<String> ENTRIES =
      List.of(
          "incidents",
          "team",
          // deletions before labels: a label the file's copy made again after a deletion is kept
          "label_deletions",
          "labels",
          "rules",
          "messages",
          "message_labels",
          "replies",
          "notes",
          "statements",
          "statement_versions",
          "statement_variants",
          "hub_site",
          "hub_summaries",
          "hub_updates",
          "hub_faq",
          "hub_steps",
          "hub_help",
          "label_links",
          "saved_replies",
          "saved_views",
          // format 2 readers before ADR 0026 skip this entry (an entry they do not know)
          "column_presets",
          "playbooks",
          "committee",
          "plan_settings",
          "checklist",
          "audit");

  static final Map<String, String> SQL = new LinkedHashMap<>();

  /** The audit entry's own columns, a label's id in its values given as the label's key. */
  static final String AUDIT_VALUES =
      "SELECT a.at, a.actor, a.action, a.entity,"
          + " CASE WHEN lk.id IS NOT NULL AND a.before_value IS NOT NULL THEN lk.name_key"
          + " ELSE a.before_value END AS before_value,"
          + " CASE WHEN lk.id IS NOT NULL AND a.after_value IS NOT NULL THEN lk.name_key"
          + " ELSE a.after_value END AS after_value,"
          + " CASE WHEN lk.id IS NOT NULL THEN TRUE END AS label_value,";

  /** The audit entry's statement, label, and the label a message's label change names. */
  static final String AUDIT_JOINS =
      " LEFT JOIN statements s ON a.entity = 'statement' AND s.id = a.entity_id"
          + " LEFT JOIN labels l ON a.entity = 'label' AND l.id = a.entity_id"
          // a label added to or removed from a message names the label by its key, not its id
          + " LEFT JOIN labels lk ON a.entity = 'message' AND a.action IN ("
          + LabelHistory.ACTIONS_SQL
          + ") AND CAST(lk.id AS VARCHAR) = COALESCE(a.after_value, a.before_value)"
          + " ORDER BY a.id";

  static {
    SQL.put(
        "incidents",
        "SELECT name, cause, origin_platform, window_seconds, declared_at, first_response_at,"
            + " resolved_at, watch_until, playbook, severity, muted, cadence_minutes FROM incidents"
            + " ORDER BY id");
    SQL.put(
        "playbooks",
        "SELECT name, name_key, language, crisis_type, built_in, body, updated_at FROM playbooks"
            + " ORDER BY id");
    SQL.put(
        "committee",
        "SELECT name, name_key, department, role, contact, deputy FROM committee_members"
            + " ORDER BY id");
    SQL.put(
        "plan_settings",
        "SELECT meeting_cadence, last_met, publishing_tools FROM plan_settings WHERE id = 1");
    SQL.put(
        "checklist",
        "SELECT position, kind, text, done_at, done_by FROM incident_checklist ORDER BY id");
    SQL.put("team", "SELECT name, role, contact FROM team_members ORDER BY id");
    // created_at: when this copy created the label (its latest label.create), so a merge can tell
    // a label made again after a deletion from the one that was deleted
    SQL.put(
        "labels",
        "SELECT l.name, l.name_key, l.colour, l.description, l.hotkey, (SELECT MAX(a.at) FROM"
            + " audit_log a WHERE a.entity = 'label' AND a.entity_id = l.id AND a.action ="
            + " 'label.create') AS created_at FROM labels l ORDER BY l.id");
    SQL.put(
        "label_deletions",
        "SELECT name_key, deleted_at, deleted_by FROM label_tombstones ORDER BY name_key");
    // a label's answer (a statement or FAQ entry, by its key) and response target, with the time
    // of the latest label.link that set them
    SQL.put(
        "label_links",
        "SELECT l.name_key AS label, l.answer_kind, l.target_minutes, "
            + STMT
            + "f.language AS f_language, f.question AS f_question, (SELECT MAX(a.at) FROM"
            + " audit_log a WHERE a.entity = 'label' AND a.entity_id = l.id AND a.action ="
            + " 'label.link') AS linked_at FROM labels l"
            + " LEFT JOIN statements s ON l.answer_kind = 'STATEMENT' AND s.id = l.answer_id"
            + " LEFT JOIN hub_faq f ON l.answer_kind = 'FAQ' AND f.id = l.answer_id"
            + " WHERE l.answer_kind IS NOT NULL OR l.target_minutes IS NOT NULL ORDER BY l.id");
    SQL.put(
        "saved_replies",
        "SELECT language, title, text, created_by, created_at FROM saved_replies ORDER BY id");
    SQL.put(
        "saved_views",
        "SELECT name, name_key, definition, created_by, created_at FROM saved_views ORDER BY id");
    SQL.put(
        "column_presets",
        "SELECT name, name_key, definition, created_by, created_at FROM column_presets"
            + " ORDER BY name_key");
    SQL.put(
        "rules",
        "SELECT l.name_key AS label, r.kind, r.rule_value, r.created_at FROM label_rules r"
            + " JOIN labels l ON l.id = r.label_id ORDER BY r.id");
    SQL.put(
        "messages",
        "SELECT platform, external_id, conversation_id, author, author_reach, text, preview, url,"
            + " created_at, received_at, direction, language, sentiment, priority, status,"
            + " assignee, cluster_key, flags FROM messages ORDER BY id");
    SQL.put(
        "message_labels",
        "SELECT "
            + MSG
            + "l.name_key AS label FROM message_labels ml JOIN messages m ON m.id = ml.message_id"
            + " JOIN labels l ON l.id = ml.label_id ORDER BY ml.message_id, ml.label_id");
    SQL.put(
        "replies",
        "SELECT "
            + MSG
            + "r.text, r.sent_by, r.sent_at, r.platform FROM replies r"
            + " JOIN messages m ON m.id = r.message_id ORDER BY r.id");
    SQL.put(
        "notes",
        "SELECT "
            + MSG
            + "n.text, n.author, n.created_at, n.conversation_id FROM notes n"
            + " JOIN messages m ON m.id = n.message_id ORDER BY n.id");
    SQL.put(
        "statements",
        "SELECT s.kind, s.title, s.created_at, s.state, s.spokesperson, s.approver,"
            + " s.published_at, s.reject_reason, g.kind AS g_kind, g.title AS g_title,"
            + " g.created_at AS g_created_at FROM statements s"
            + " LEFT JOIN statements g ON g.id = s.group_id ORDER BY s.id");
    SQL.put(
        "statement_versions",
        "SELECT "
            + STMT
            + "v.version, v.text, v.author, v.created_at, v.conflict_base FROM statement_versions v"
            + " JOIN statements s ON s.id = v.statement_id ORDER BY v.id");
    SQL.put(
        "statement_variants",
        "SELECT "
            + STMT
            + "v.platform, v.text, v.published_at, v.published_by, v.post_url, v.override_reason"
            + " FROM statement_variants v JOIN statements s ON s.id = v.statement_id ORDER BY v.id");
    SQL.put("hub_site", "SELECT dark_site, published, hub_url, updated_at FROM hub_site");
    SQL.put("hub_summaries", "SELECT language, title, text, updated_at FROM hub_summaries");
    SQL.put(
        "hub_updates",
        "SELECT "
            + STMT
            + "u.language, u.posted_at, u.text, u.published FROM hub_updates u"
            + " LEFT JOIN statements s ON s.id = u.statement_id ORDER BY u.id");
    SQL.put(
        "hub_faq",
        "SELECT language, position, question, answer, published FROM hub_faq ORDER BY id");
    SQL.put("hub_steps", "SELECT language, position, text, published FROM hub_steps ORDER BY id");
    SQL.put(
        "hub_help",
        "SELECT language, position, label, detail, url, published FROM hub_help ORDER BY id");
    SQL.put(
        "audit",
        AUDIT_VALUES
            + " CASE WHEN m.id IS NULL AND s.id IS NULL AND l.id IS NULL THEN a.entity_id END"
            + " AS entity_id, "
            + MSG
            + STMT
            + "l.name_key AS l_label FROM audit_log a"
            + " LEFT JOIN messages m ON a.entity = 'message' AND m.id = a.entity_id"
            + AUDIT_JOINS);
  }

  private static final int FETCH_SIZE = 5000;

  private final Database db;

  public SessionRows(Database db) {
    this.db = db;
  }

  /** How many rows each entry holds now. */
  public Map<String, Long> counts() {
    return db.read(
        c -> {
          Map<String, Long> out = new LinkedHashMap<>();
          for (String entry : ENTRIES) {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT COUNT(*) FROM (" + SQL.get(entry) + ") x");
                ResultSet rs = ps.executeQuery()) {
              rs.next();
              out.put(entry, rs.getLong(1));
            }
          }
          return out;
        });
  }

  /** The table each entry is read from, for a quick row count (progress only). */
  private static final Map<String, String> TABLES =
      Map.of(
          "team", "team_members",
          "label_deletions", "label_tombstones",
          "rules", "label_rules",
          "label_links", "labels",
          "committee", "committee_members",
          "checklist", "incident_checklist",
          "audit", "audit_log");

  /**
   * About how many rows each entry holds, for progress: the size of the table it is read from (H2
   * knows that without reading a row), where {@link #counts} runs every entry's query whole.
   */
  public Map<String, Long> roughCounts() {
    return db.read(
        c -> {
          Map<String, Long> out = new LinkedHashMap<>();
          for (String entry : ENTRIES) {
            try (PreparedStatement ps =
                    c.prepareStatement(
                        "SELECT COUNT(*) FROM " + TABLES.getOrDefault(entry, entry));
                ResultSet rs = ps.executeQuery()) {
              rs.next();
              out.put(entry, rs.getLong(1));
            }
          }
          return out;
        });
  }

  /** Streams every row of one entry to the sink, in a stable order. */
  public void stream(String entry, Sink sink) {
    String sql = SQL.get(entry);
    if (sql == null) {
      throw new IllegalArgumentException("No session entry " + entry);
    }
    db.readSteady(c -> streamOn(c, sql, sink));
  }

  /** Streams every row of one entry as column values, in the same stable order. */
  public void stream(String entry, ColumnSink sink) {
    String sql = SQL.get(entry);
    if (sql == null) {
      throw new IllegalArgumentException("No session entry " + entry);
    }
    db.readSteady(c -> streamOn(c, sql, sink));
  }

  private static Void streamOn(Connection c, String sql, Sink sink) throws SQLException {
    return streamOn(
        c,
        sql,
        new ColumnSink() {
          private String[] names;

          @Override
          public void columns(String[] columnNames) {
            names = columnNames;
          }

          @Override
          public void row(Object[] values) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
              row.put(names[i], values[i]);
            }
            sink.accept(row);
          }
        });
  }

  static Void streamOn(Connection c, String sql, ColumnSink sink) throws SQLException {
    lazy(c, true);
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setFetchSize(FETCH_SIZE);
      try (ResultSet rs = ps.executeQuery()) {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        String[] names = new String[n];
        int[] types = new int[n];
        for (int i = 0; i < n; i++) {
          names[i] = md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
          types[i] = md.getColumnType(i + 1);
        }
        Object[] values = new Object[n];
        InstantText times = new InstantText();
        try {
          sink.columns(names);
          while (rs.next()) {
            for (int i = 0; i < n; i++) {
              values[i] = value(rs, types[i], i + 1, times);
            }
            sink.row(values);
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    } finally {
      lazy(c, false);
    }
    return null;
  }

  /** Rows come from the cursor as it reads, instead of a copy of the whole result first. */
  private static void lazy(Connection c, boolean on) throws SQLException {
    try (java.sql.Statement s = c.createStatement()) {
      s.execute("SET LAZY_QUERY_EXECUTION " + on);
    }
  }

  private static Object value(ResultSet rs, int type, int i, InstantText times)
      throws SQLException {
    return switch (type) {
      case Types.TIMESTAMP_WITH_TIMEZONE -> times.of(rs.getObject(i, OffsetDateTime.class));
      case Types.CLOB, Types.NCLOB, Types.VARCHAR, Types.NVARCHAR -> rs.getString(i);
      default -> rs.getObject(i);
    };
  }
}
