package org.firebreak.intake;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.incident.Platform;

/**
 * Which CSV column feeds which message field. A preset names the columns a known export uses;
 * anything it leaves open is found through the field's synonyms; the person importing can override
 * any field with {@code FIELD=COLUMN}.
 */
public final class ColumnMapping {

  /** Built-in presets by name. */
  public static final List<String> PRESETS = List.of("generic", "brandwatch", "talkwalker");

  private final String preset;
  private final Map<MessageField, String> columns;
  private final Platform defaultPlatform;

  private ColumnMapping(String preset, Map<MessageField, String> columns, Platform platform) {
    this.preset = preset;
    this.columns = columns;
    this.defaultPlatform = platform;
  }

  /** Synonyms only: works for most hand-made and tool exports. */
  public static ColumnMapping generic() {
    return new ColumnMapping("generic", new EnumMap<>(MessageField.class), null);
  }

  /**
   * A preset by name. "brandwatch" is a Brandwatch-style mention export (Resource Id, Full Text,
   * Author, Date, Page Type, Twitter Followers, Url, Thread Id); "talkwalker" a Talkwalker-style
   * one (url as id, content, author_short_name, published in epoch millis, source_type, reach,
   * parent_url).
   */
  public static ColumnMapping preset(String name) {
    Map<MessageField, String> m = new EnumMap<>(MessageField.class);
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "generic" -> {}
      case "brandwatch" -> {
        m.put(MessageField.ID, "Resource Id");
        m.put(MessageField.TEXT, "Full Text");
        m.put(MessageField.AUTHOR, "Author");
        m.put(MessageField.CREATED_AT, "Date");
        m.put(MessageField.PLATFORM, "Page Type");
        m.put(MessageField.REACH, "Twitter Followers");
        m.put(MessageField.URL, "Url");
        m.put(MessageField.CONVERSATION, "Thread Id");
      }
      case "talkwalker" -> {
        m.put(MessageField.ID, "url");
        m.put(MessageField.TEXT, "content");
        m.put(MessageField.AUTHOR, "author_short_name");
        m.put(MessageField.CREATED_AT, "published");
        m.put(MessageField.PLATFORM, "source_type");
        m.put(MessageField.REACH, "reach");
        m.put(MessageField.URL, "url");
        m.put(MessageField.CONVERSATION, "parent_url");
      }
      default ->
          throw new IllegalArgumentException(
              "Unknown column preset '" + name + "': use " + String.join(", ", PRESETS) + ".");
    }
    return new ColumnMapping(name.strip().toLowerCase(Locale.ROOT), m, null);
  }

  /** A mapping saved under a name: the column each field reads, and the platform if fixed. */
  public static ColumnMapping of(
      String name, Map<MessageField, String> columns, Platform platform) {
    Map<MessageField, String> m = new EnumMap<>(MessageField.class);
    m.putAll(columns);
    return new ColumnMapping(name, m, platform);
  }

  /** True for generic, brandwatch and talkwalker, in any case. */
  public static boolean isBuiltIn(String name) {
    return name != null && PRESETS.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** The columns named for fields (synonyms not included). */
  public Map<MessageField, String> columns() {
    Map<MessageField, String> m = new EnumMap<>(MessageField.class);
    m.putAll(columns);
    return m;
  }

  /** This mapping under another name, each field reading the column it resolves to in a header. */
  public ColumnMapping resolvedAgainst(String name, List<String> header) {
    Map<MessageField, String> m = new EnumMap<>(MessageField.class);
    resolve(header).forEach((f, at) -> m.put(f, header.get(at).strip()));
    return new ColumnMapping(name, m, defaultPlatform);
  }

  /** This mapping with one field reading another column. */
  public ColumnMapping withColumn(MessageField field, String column) {
    Map<MessageField, String> m = columns();
    m.put(field, column);
    return new ColumnMapping(preset, m, defaultPlatform);
  }

  /** This mapping with {@code FIELD=COLUMN} overrides, e.g. {@code text=Full Text}. */
  public ColumnMapping with(List<String> overrides) {
    Map<MessageField, String> m = new EnumMap<>(MessageField.class);
    m.putAll(columns);
    Platform platform = defaultPlatform;
    for (String o : overrides) {
      int eq = o.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--map " + o + ": write FIELD=COLUMN, e.g. text=Body.");
      }
      String fieldName = o.substring(0, eq);
      String column = o.substring(eq + 1).strip();
      if (MessageField.looseKey(fieldName).equals("defaultplatform")) {
        platform = Platform.parse(column);
        continue;
      }
      MessageField field = MessageField.byName(fieldName);
      if (field == null) {
        throw new IllegalArgumentException(
            "--map " + o + ": unknown field '" + fieldName + "'; fields are " + fieldNames() + ".");
      }
      m.put(field, column);
    }
    return new ColumnMapping(preset, m, platform);
  }

  private static String fieldNames() {
    List<String> names = new ArrayList<>();
    for (MessageField f : MessageField.values()) {
      names.add(f.key());
    }
    names.add("default_platform");
    return String.join(", ", names);
  }

  public String preset() {
    return preset;
  }

  /** The platform for rows without a platform column, or null to infer it from the headers. */
  public Platform defaultPlatform() {
    return defaultPlatform;
  }

  /**
   * Column index for each field found in {@code header}: the named column first, then synonyms.
   * Fields not found are absent from the map.
   */
  public Map<MessageField, Integer> resolve(List<String> header) {
    List<String> loose = header.stream().map(MessageField::looseKey).toList();
    Map<MessageField, Integer> found = new EnumMap<>(MessageField.class);
    for (MessageField f : MessageField.values()) {
      String named = columns.get(f);
      int at = named == null ? -1 : loose.indexOf(MessageField.looseKey(named));
      for (int s = 0; at < 0 && named == null && s < f.synonyms().size(); s++) {
        at = loose.indexOf(f.synonyms().get(s));
      }
      if (at >= 0) {
        found.put(f, at);
      }
    }
    return found;
  }

  /** The column the caller named for a field, if any (to say which one was missing). */
  public String namedColumn(MessageField field) {
    return columns.get(field);
  }
}
