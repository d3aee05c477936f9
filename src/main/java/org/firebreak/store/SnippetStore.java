package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.UserSnippet;

/** Saved replies written by the team, audited like every other change. */
public final class SnippetStore {

  private final Database db;

  public SnippetStore(Database db) {
    this.db = db;
  }

  public List<UserSnippet> all() {
    return db.read(
        c -> {
          List<UserSnippet> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT * FROM saved_replies ORDER BY language, title, id");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new UserSnippet(
                      rs.getLong("id"),
                      rs.getString("language"),
                      rs.getString("title"),
                      rs.getString("text")));
            }
          }
          return out;
        });
  }

  public UserSnippet add(UserSnippet s, String actor, Instant at) {
    return db.write(
        c -> {
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO saved_replies (language, title, text, created_by, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setString(1, s.language());
            ps.setString(2, s.title());
            ps.setString(3, s.text());
            ps.setString(4, actor);
            Sql.setInstant(ps, 5, at);
            ps.executeUpdate();
            id = Sql.generatedId(ps);
          }
          AuditLog.append(
              c, AuditEntry.of(at, actor, "snippet.add", "snippet", id, null, s.title()));
          return new UserSnippet(id, s.language(), s.title(), s.text());
        });
  }

  public void update(UserSnippet s, String actor, Instant at) {
    db.write(
        c -> {
          String before = title(c, s.id());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE saved_replies SET language = ?, title = ?, text = ? WHERE id = ?")) {
            ps.setString(1, s.language());
            ps.setString(2, s.title());
            ps.setString(3, s.text());
            ps.setLong(4, s.id());
            ps.executeUpdate();
          }
          AuditLog.append(
              c, AuditEntry.of(at, actor, "snippet.edit", "snippet", s.id(), before, s.title()));
          return null;
        });
  }

  public void delete(long id, String actor, Instant at) {
    db.write(
        c -> {
          String before = title(c, id);
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM saved_replies WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
          }
          AuditLog.append(
              c, AuditEntry.of(at, actor, "snippet.delete", "snippet", id, before, null));
          return null;
        });
  }

  private static String title(java.sql.Connection c, long id) throws java.sql.SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT title FROM saved_replies WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new org.firebreak.triage.TriageRuleException(
              "That saved reply no longer exists.", "snippet");
        }
        return rs.getString(1);
      }
    }
  }
}
