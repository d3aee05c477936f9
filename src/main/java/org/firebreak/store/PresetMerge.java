package org.firebreak.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.firebreak.intake.ColumnPresetException;
import org.firebreak.intake.ColumnPresets;

/**
 * CSV column presets in a merge (ADR 0026): matched by name without regard to case. A preset only
 * one copy holds is added; when both hold one under the same name with different columns, the later
 * saved one (then the greater name, definition and author, so both directions agree) is kept and
 * the other is reported as a conflict and written to the history as {@code merge.conflict}.
 */
final class PresetMerge {

  static final String ENTITY = "column_preset";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> COLUMNS = new TypeReference<>() {};

  private final MergeSql sql;
  private final MergeTally tally;

  PresetMerge(MergeSql sql, MergeTally tally) {
    this.sql = sql;
    this.tally = tally;
  }

  void preset(Map<String, Object> row) throws SQLException {
    check(row);
    Object key = row.get("name_key");
    Map<String, Object> ours =
        sql.row(
            "SELECT name, name_key, definition, created_by, created_at FROM column_presets"
                + " WHERE name_key = ?",
            key);
    if (ours == null) {
      sql.insert("column_presets", row);
      tally.added("column_presets");
      return;
    }
    boolean theirsWin = wins(row, ours);
    boolean sameColumns = same(ours, row, "definition");
    if (theirsWin && !same(ours, row, "name", "definition", "created_by", "created_at")) {
      var ps =
          sql.prepare(
              "UPDATE column_presets SET name = ?, definition = ?, created_by = ?, created_at = ?"
                  + " WHERE name_key = ?");
      ps.setObject(1, row.get("name"));
      ps.setObject(2, row.get("definition"));
      ps.setObject(3, row.get("created_by"));
      ps.setObject(4, MergeSql.timestamp(row.get("created_at")));
      ps.setObject(5, key);
      ps.executeUpdate();
      tally.updated("column_presets");
    }
    if (sameColumns) {
      return; // the same columns on both copies: the name's case, who or when may differ, no
      // conflict
    }
    Map<String, Object> win = theirsWin ? row : ours;
    Map<String, Object> lose = theirsWin ? ours : row;
    record(win, lose);
  }

  /**
   * A preset from a colleague's file is held to the rules of one saved here: a name that can be
   * typed after --preset, and columns as a JSON object of text. Otherwise the merge is refused.
   */
  private static void check(Map<String, Object> row) {
    String name = String.valueOf(row.get("name"));
    String why = row.get("name") == null ? "it has no name" : null;
    try {
      String checked = why == null ? ColumnPresets.checkName(name) : name;
      if (!checked.toLowerCase(Locale.ROOT).equals(row.get("name_key"))) {
        why = "its name_key is not its name in lower case";
      }
    } catch (ColumnPresetException e) {
      why = e.getMessage();
    }
    if (why == null) {
      try {
        java.time.Instant.parse(String.valueOf(row.get("created_at")));
      } catch (java.time.format.DateTimeParseException e) {
        why = "its created_at is not a time (ISO-8601, as 2026-11-24T08:00:00Z)";
      }
    }
    if (why == null) {
      try {
        if (JSON.readValue(String.valueOf(row.get("definition")), COLUMNS) == null) {
          why = "it has no definition";
        }
      } catch (JsonProcessingException e) {
        why = "its definition is not a JSON object of column names";
      }
    }
    if (why != null) {
      throw new IllegalArgumentException(
          "column_presets.ndjson: the preset \"" + name + "\" cannot be used: " + why);
    }
  }

  private static boolean same(Map<String, Object> a, Map<String, Object> b, String... fields) {
    for (String f : fields) {
      if (!Objects.equals(String.valueOf(a.get(f)), String.valueOf(b.get(f)))) {
        return false;
      }
    }
    return true;
  }

  /** The later saved preset wins; at the same moment, the greater name, then definition. */
  static boolean wins(Map<String, Object> a, Map<String, Object> b) {
    String aAt = (String) a.get("created_at");
    String bAt = (String) b.get("created_at");
    if (MergeDecisions.later(aAt, bAt)) {
      return true;
    }
    if (MergeDecisions.later(bAt, aAt)) {
      return false;
    }
    for (String f : new String[] {"name", "definition", "created_by"}) {
      int by = String.valueOf(a.get(f)).compareTo(String.valueOf(b.get(f)));
      if (by != 0) {
        return by > 0;
      }
    }
    return false;
  }

  /** The conflict in the report, and both sides in the history (once, whichever way it ran). */
  private void record(Map<String, Object> win, Map<String, Object> lose) throws SQLException {
    String w = win.get("name") + " " + win.get("definition");
    String l = lose.get("name") + " " + lose.get("definition");
    String at = (String) win.get("created_at");
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("at", at);
    entry.put("actor", "merge");
    entry.put("action", "merge.conflict");
    entry.put("entity", ENTITY);
    entry.put("entity_id", 0L);
    entry.put("before_value", "columns: " + l);
    entry.put("after_value", "columns: " + w);
    if (SessionMerge.auditOnce(sql, tally, entry)) {
      // reported once, like the other conflicts: a second merge of the same file reports nothing
      tally.conflict(
          new MergeConflict(
              ENTITY,
              String.valueOf(win.get("name")),
              "columns",
              String.valueOf(win.get("definition")),
              String.valueOf(lose.get("definition")),
              at,
              (String) lose.get("created_at")));
    }
  }
}
