package org.firebreak.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.queue.SavedView;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.TriageRuleException;

/** Queue views the team saved, as JSON definitions beside their names. */
public final class SavedViewStore {

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final Database db;

  public SavedViewStore(Database db) {
    this.db = db;
  }

  public List<SavedView> all() {
    return db.read(
        c -> {
          List<SavedView> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT id, name, definition FROM saved_views ORDER BY name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              SavedView v = read(rs.getString(3));
              out.add(
                  new SavedView(
                      rs.getLong(1),
                      rs.getString(2),
                      null,
                      v.status(),
                      v.labelName(),
                      v.waitingOnUs(),
                      v.overdue(),
                      v.minReach(),
                      v.sort(),
                      v.descending()));
            }
          }
          return out;
        });
  }

  public SavedView add(SavedView view, String actor, Instant at) {
    return db.write(
        c -> {
          String key = view.name().toLowerCase(Locale.ROOT);
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM saved_views WHERE name_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                throw new TriageRuleException(
                    "A view named \"" + view.name() + "\" already exists.", "name");
              }
            }
          }
          long id;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO saved_views (name, name_key, definition, created_by, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setString(1, view.name());
            ps.setString(2, key);
            ps.setString(3, JSON.writeValueAsString(view));
            ps.setString(4, actor);
            Sql.setInstant(ps, 5, at);
            ps.executeUpdate();
            id = Sql.generatedId(ps);
          } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
          }
          AuditLog.append(c, AuditEntry.of(at, actor, "view.save", "view", id, null, view.name()));
          return new SavedView(
              id,
              view.name(),
              null,
              view.status(),
              view.labelName(),
              view.waitingOnUs(),
              view.overdue(),
              view.minReach(),
              view.sort(),
              view.descending());
        });
  }

  private static SavedView read(String json) {
    try {
      return JSON.readValue(json, SavedView.class);
    } catch (JsonProcessingException e) {
      throw new StoreException("A saved view could not be read: " + e.getOriginalMessage(), e);
    }
  }
}
