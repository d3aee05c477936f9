package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.triage.Label;

/** Labels and which messages carry them. */
public final class LabelStore {

  private final Database db;

  public LabelStore(Database db) {
    this.db = db;
  }

  public List<Label> all() {
    return db.read(
        c -> {
          List<Label> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT * FROM labels ORDER BY COALESCE(hotkey, 99), name");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              int hotkey = rs.getInt("hotkey");
              out.add(
                  new Label(
                      rs.getLong("id"),
                      rs.getString("name"),
                      rs.getString("colour"),
                      rs.getString("description"),
                      rs.wasNull() ? null : hotkey));
            }
          }
          return out;
        });
  }

  static long insert(Connection c, Label label) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO labels (name, name_key, colour, description, hotkey) VALUES (?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setString(1, label.name());
      ps.setString(2, label.name().toLowerCase(Locale.ROOT));
      ps.setString(3, label.colour());
      ps.setString(4, label.description());
      ps.setObject(5, label.hotkey());
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  static void attach(Connection c, long messageId, long labelId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO message_labels (message_id, label_id) KEY (message_id, label_id) VALUES (?, ?)")) {
      ps.setLong(1, messageId);
      ps.setLong(2, labelId);
      ps.executeUpdate();
    }
  }
}
