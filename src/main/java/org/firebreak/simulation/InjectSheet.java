package org.firebreak.simulation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.incident.Platform;

/**
 * A master events list from a spreadsheet: a CSV with the columns offset, kind, platform, author
 * and text (optional: reach, escalation), one inject per row. {@code offset} is minutes from the
 * start ({@code 12}, {@code T+12} or {@code 1:05}); {@code kind} is {@code message} or an event
 * ({@code journalist}, {@code influencer}, {@code competitor}, {@code executive}, {@code news}).
 * Every refusal names the file, the line and the column.
 */
public final class InjectSheet {

  public static final List<String> REQUIRED =
      List.of("offset", "kind", "platform", "author", "text");
  static final int MAX_ROWS = 10_000;
  static final int MAX_TEXT = 10_000;

  private InjectSheet() {}

  public static List<Scenario.Inject> read(Path file, int durationMinutes) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString(), durationMinutes);
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), "cannot be read: " + e.getMessage());
    }
  }

  /**
   * A master events list run on its own: named after the file, in {@code language}, an external
   * cause on the first row's platform, a 30-minute first-response window, ending 15 minutes after
   * the last inject.
   */
  public static Scenario scenario(Path file, String language) {
    List<Scenario.Inject> injects = read(file, ScenarioReader.MAX_MINUTES);
    if (injects.isEmpty()) {
      throw new ScenarioException(file.getFileName().toString(), "has no injects, only a header");
    }
    int last = injects.stream().mapToInt(Scenario.Inject::atMinute).max().orElse(0);
    List<Scenario.Inject> sorted =
        injects.stream()
            .sorted(java.util.Comparator.comparingInt(Scenario.Inject::atMinute))
            .toList();
    String title = file.getFileName().toString().replaceFirst("(?i)\\.csv$", "");
    Scenario s =
        new Scenario(
            Scenario.SCHEMA_VERSION,
            title,
            "id".equals(language) ? "id" : "en",
            null,
            "external",
            injects.get(0).platform(),
            30,
            Math.min(ScenarioReader.MAX_MINUTES, last + 15),
            0L,
            sorted,
            null,
            null);
    ScenarioReader.validate(s);
    return s;
  }

  public static List<Scenario.Inject> read(Reader in, String name, int durationMinutes)
      throws IOException {
    List<Scenario.Inject> out = new ArrayList<>();
    try (CsvLines rows = new CsvLines(in, name)) {
      CsvLines.Row header = rows.next();
      if (header == null) {
        throw new ScenarioException(
            name, "is empty (a header line: " + String.join(", ", REQUIRED) + ")");
      }
      Map<String, Integer> cols = columns(header, name);
      for (CsvLines.Row row = rows.next(); row != null; row = rows.next()) {
        if (out.size() == MAX_ROWS) {
          throw new ScenarioException(
              name, "line " + row.line() + ": more than " + MAX_ROWS + " injects in one list");
        }
        out.add(inject(row, cols, name, durationMinutes));
      }
    }
    return out;
  }

  private static Map<String, Integer> columns(CsvLines.Row header, String name) {
    Map<String, Integer> cols = new HashMap<>();
    for (int i = 0; i < header.cells().size(); i++) {
      cols.putIfAbsent(
          header.cells().get(i).toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip(), i);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !cols.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new ScenarioException(
          name,
          "line "
              + header.line()
              + ": no column "
              + String.join(", ", missing)
              + " (a master events list has the columns "
              + String.join(", ", REQUIRED)
              + ")");
    }
    return cols;
  }

  private static Scenario.Inject inject(
      CsvLines.Row row, Map<String, Integer> cols, String name, int duration) {
    String offset = cell(row, cols, "offset");
    int minute = minute(offset, where(name, row, "offset"));
    if (minute > duration) {
      throw new ScenarioException(
          where(name, row, "offset"), offset + " is after the drill ends (" + duration + " min)");
    }
    String kind = cell(row, cols, "kind").toLowerCase(Locale.ROOT);
    String event = kind.startsWith("event:") ? kind.substring(6) : kind;
    boolean isEvent = ScenarioReader.EVENTS.contains(event);
    if (!isEvent && !kind.equals("message")) {
      throw new ScenarioException(
          where(name, row, "kind"),
          "\""
              + kind
              + "\" is not message or an event (journalist, influencer, competitor,"
              + " executive, news); write bursts and noise in the scenario file");
    }
    String platformText = cell(row, cols, "platform");
    Platform platform = Platform.parse(platformText);
    if (platformText.isEmpty()
        || (platform == Platform.OTHER && !"other".equalsIgnoreCase(platformText))) {
      throw new ScenarioException(
          where(name, row, "platform"), "unknown platform \"" + platformText + "\"");
    }
    String author = required(row, cols, "author", name);
    String text = required(row, cols, "text", name);
    if (text.length() > MAX_TEXT) {
      throw new ScenarioException(
          where(name, row, "text"), "longer than " + MAX_TEXT + " characters");
    }
    Long reach = null;
    if (cols.containsKey("reach") && !cell(row, cols, "reach").isEmpty()) {
      try {
        reach = Long.parseLong(cell(row, cols, "reach").replace(",", "").replace("_", ""));
      } catch (NumberFormatException e) {
        reach = -1L;
      }
      if (reach < 0) {
        throw new ScenarioException(
            where(name, row, "reach"), "\"" + cell(row, cols, "reach") + "\" is not a number >= 0");
      }
    } else if (!isEvent) {
      reach = 100L;
    }
    String escalation = cols.containsKey("escalation") ? cell(row, cols, "escalation") : "";
    Boolean escalates =
        escalation.isEmpty()
            ? null
            : List.of("yes", "y", "true", "1", "ya").contains(escalation.toLowerCase(Locale.ROOT));
    return new Scenario.Inject(
        minute,
        isEvent ? "event" : "message",
        platform.name().toLowerCase(Locale.ROOT),
        author,
        text,
        reach,
        null,
        null,
        null,
        null,
        isEvent ? event : null,
        null,
        null,
        escalates,
        null,
        null,
        null);
  }

  /** Minutes from {@code 12}, {@code T+12}, {@code 12m} or {@code h:mm}. */
  static int minute(String value, String where) {
    String v =
        value
            .toUpperCase(Locale.ROOT)
            .replace("T+", "")
            .replace("MIN", "")
            .replace("M", "")
            .strip();
    try {
      int m;
      if (v.contains(":")) {
        String[] hm = v.split(":", -1);
        if (hm.length != 2 || hm[1].length() != 2) {
          throw new NumberFormatException(v);
        }
        int minutes = Integer.parseInt(hm[1]);
        if (minutes > 59) {
          throw new NumberFormatException(v);
        }
        m = Integer.parseInt(hm[0]) * 60 + minutes;
      } else {
        m = Integer.parseInt(v);
      }
      if (m < 0) {
        throw new ScenarioException(where, "\"" + value + "\" is before the start (must be >= 0)");
      }
      return m;
    } catch (NumberFormatException e) {
      throw new ScenarioException(
          where, "\"" + value + "\" is not an offset (minutes: 12, T+12 or 1:05)");
    }
  }

  private static String required(
      CsvLines.Row row, Map<String, Integer> cols, String col, String name) {
    String v = cell(row, cols, col);
    if (v.isEmpty()) {
      throw new ScenarioException(where(name, row, col), "empty");
    }
    return v;
  }

  private static String cell(CsvLines.Row row, Map<String, Integer> cols, String col) {
    return row.cell(cols.get(col)).strip();
  }

  private static String where(String name, CsvLines.Row row, String column) {
    return name + " line " + row.line() + ", column " + column;
  }
}
