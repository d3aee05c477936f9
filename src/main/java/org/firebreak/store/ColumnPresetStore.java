package org.firebreak.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.incident.Platform;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ColumnPresetException;
import org.firebreak.intake.MessageField;

/** CSV column presets the team saved, as {"field": "column"} JSON beside their names. */
public final class ColumnPresetStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PLATFORM_KEY = "default_platform";
  private final Database db;

  public ColumnPresetStore(Database db) {
    this.db = db;
  }

  /** Saved presets by name, without regard to case. */
  public List<ColumnMapping> all() {
    return db.read(
        c -> {
          List<ColumnMapping> out = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT name, definition FROM column_presets ORDER BY name_key");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(read(rs.getString(1), rs.getString(2)));
            }
          }
          return out;
        });
  }

  /** Adds a preset; refuses a name already saved (without regard to case). */
  public void add(ColumnMapping mapping, String actor, Instant at) {
    String definition = write(mapping);
    db.write(
        c -> {
          String key = mapping.preset().toLowerCase(Locale.ROOT);
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM column_presets WHERE name_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                throw new ColumnPresetException(
                    ColumnPresetException.Problem.TAKEN,
                    mapping.preset(),
                    "A column preset named \"" + mapping.preset() + "\" already exists.");
              }
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO column_presets (name, name_key, definition, created_by, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, mapping.preset());
            ps.setString(2, key);
            ps.setString(3, definition);
            ps.setString(4, actor);
            Sql.setInstant(ps, 5, at);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Removes a preset; true when there was one by that name. */
  public boolean delete(String name) {
    return db.write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM column_presets WHERE name_key = ?")) {
            ps.setString(1, name.strip().toLowerCase(Locale.ROOT));
            return ps.executeUpdate() > 0;
          }
        });
  }

  private static String write(ColumnMapping mapping) {
    Map<String, String> m = new LinkedHashMap<>();
    mapping.columns().forEach((f, column) -> m.put(f.key(), column));
    if (mapping.defaultPlatform() != null) {
      m.put(PLATFORM_KEY, mapping.defaultPlatform().name());
    }
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ColumnMapping read(String name, String definition) {
    Map<String, String> m;
    try {
      m = JSON.readValue(definition, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<MessageField, String> columns = new EnumMap<>(MessageField.class);
    Platform platform = null;
    for (Map.Entry<String, String> e : m.entrySet()) {
      MessageField f = MessageField.byName(e.getKey());
      if (f != null) {
        columns.put(f, e.getValue());
      } else if (PLATFORM_KEY.equals(e.getKey())) {
        platform = Platform.parse(e.getValue());
      }
    }
    return ColumnMapping.of(name, columns, platform);
  }
}
