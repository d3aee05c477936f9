package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.share.HubContent;
import org.firebreak.share.HubSection;

/** The crisis hub's content in H2 (schema 5). */
public final class HubStore {

  private final Database db;

  public HubStore(Database db) {
    this.db = db;
  }

  public HubContent load() {
    return db.read(
        c -> {
          boolean dark = true;
          boolean published = false;
          String url = null;
          try (PreparedStatement ps = c.prepareStatement("SELECT * FROM hub_site WHERE id = 1");
              ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              dark = rs.getBoolean("dark_site");
              published = rs.getBoolean("published");
              url = rs.getString("hub_url");
            }
          }
          return new HubContent(
              dark,
              published,
              url,
              rows(c, "SELECT * FROM hub_summaries ORDER BY language", HubStore::summary),
              rows(
                  c,
                  "SELECT * FROM hub_updates ORDER BY posted_at DESC, id DESC",
                  HubStore::update),
              rows(c, "SELECT * FROM hub_faq ORDER BY language, position, id", HubStore::faq),
              rows(c, "SELECT * FROM hub_steps ORDER BY language, position, id", HubStore::step),
              rows(c, "SELECT * FROM hub_help ORDER BY language, position, id", HubStore::help));
        });
  }

  public void setSite(boolean darkSite, boolean published, Instant at) {
    db.writeDurably(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE hub_site SET dark_site = ?, published = ?, updated_at = ? WHERE id = 1")) {
            ps.setBoolean(1, darkSite);
            ps.setBoolean(2, published);
            Sql.setInstant(ps, 3, at);
            return ps.executeUpdate();
          }
        });
  }

  public void setHubUrl(String url, Instant at) {
    exec("UPDATE hub_site SET hub_url = ?, updated_at = ? WHERE id = 1", url, at);
  }

  public void saveSummary(String language, String title, String text, Instant at) {
    exec(
        "MERGE INTO hub_summaries (language, title, text, updated_at) KEY (language) VALUES (?, ?, ?, ?)",
        language,
        title,
        text,
        at);
  }

  public long addUpdate(String language, Instant postedAt, String text, Long statementId) {
    return insert(
        "INSERT INTO hub_updates (language, posted_at, text, statement_id) VALUES (?, ?, ?, ?)",
        language,
        postedAt,
        text,
        statementId);
  }

  /** True when the statement is already in the updates log of that language. */
  public boolean hasStatementUpdate(long statementId, String language) {
    return db.read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM hub_updates WHERE statement_id = ? AND language = ?")) {
            ps.setLong(1, statementId);
            ps.setString(2, language);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  public boolean editUpdate(long id, String text) {
    return exec("UPDATE hub_updates SET text = ? WHERE id = ?", text, id) > 0;
  }

  public long addFaq(String language, String question, String answer) {
    return insert(
        "INSERT INTO hub_faq (language, position, question, answer) VALUES (?, "
            + nextPosition("hub_faq")
            + ", ?, ?)",
        language,
        language,
        question,
        answer);
  }

  public boolean editFaq(long id, String question, String answer) {
    return exec("UPDATE hub_faq SET question = ?, answer = ? WHERE id = ?", question, answer, id)
        > 0;
  }

  public long addStep(String language, String text) {
    return insert(
        "INSERT INTO hub_steps (language, position, text) VALUES (?, "
            + nextPosition("hub_steps")
            + ", ?)",
        language,
        language,
        text);
  }

  public boolean editStep(long id, String text) {
    return exec("UPDATE hub_steps SET text = ? WHERE id = ?", text, id) > 0;
  }

  public long addHelp(String language, String label, String detail, String url) {
    return insert(
        "INSERT INTO hub_help (language, position, label, detail, url) VALUES (?, "
            + nextPosition("hub_help")
            + ", ?, ?, ?)",
        language,
        language,
        label,
        detail,
        url);
  }

  public boolean editHelp(long id, String label, String detail, String url) {
    return exec(
            "UPDATE hub_help SET label = ?, detail = ?, url = ? WHERE id = ?",
            label,
            detail,
            url,
            id)
        > 0;
  }

  public boolean setPublished(HubSection section, long id, boolean published) {
    return exec("UPDATE " + section.table() + " SET published = ? WHERE id = ?", published, id) > 0;
  }

  private static String nextPosition(String table) {
    return "(SELECT COALESCE(MAX(position), 0) + 1 FROM " + table + " WHERE language = ?)";
  }

  private int exec(String sql, Object... args) {
    return db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
          }
        });
  }

  private long insert(String sql, Object... args) {
    return db.write(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            bind(ps, args);
            ps.executeUpdate();
            return Sql.generatedId(ps);
          }
        });
  }

  private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a instanceof Instant t) {
        Sql.setInstant(ps, i + 1, t);
      } else if (a == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private static <T> List<T> rows(Connection c, String sql, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row.map(rs));
      }
    }
    return out;
  }

  private static HubContent.Summary summary(ResultSet rs) throws SQLException {
    return new HubContent.Summary(
        rs.getString("language"),
        rs.getString("title"),
        rs.getString("text"),
        Sql.instant(rs, "updated_at"));
  }

  private static HubContent.Update update(ResultSet rs) throws SQLException {
    long statement = rs.getLong("statement_id");
    Long statementId = rs.wasNull() ? null : statement;
    return new HubContent.Update(
        rs.getLong("id"),
        rs.getString("language"),
        Sql.instant(rs, "posted_at"),
        rs.getString("text"),
        statementId,
        rs.getBoolean("published"));
  }

  private static HubContent.Faq faq(ResultSet rs) throws SQLException {
    return new HubContent.Faq(
        rs.getLong("id"),
        rs.getString("language"),
        rs.getInt("position"),
        rs.getString("question"),
        rs.getString("answer"),
        rs.getBoolean("published"));
  }

  private static HubContent.Step step(ResultSet rs) throws SQLException {
    return new HubContent.Step(
        rs.getLong("id"),
        rs.getString("language"),
        rs.getInt("position"),
        rs.getString("text"),
        rs.getBoolean("published"));
  }

  private static HubContent.Help help(ResultSet rs) throws SQLException {
    return new HubContent.Help(
        rs.getLong("id"),
        rs.getString("language"),
        rs.getInt("position"),
        rs.getString("label"),
        rs.getString("detail"),
        rs.getString("url"),
        rs.getBoolean("published"));
  }
}
