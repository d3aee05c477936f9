package org.firebreak.simulation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A burst's volume curve taken from a real arrival-time series: a CSV with a header and a column of
 * timestamps becomes per-minute counts ({@code [minute, messages]} from the first arrival's minute,
 * then a closing {@code [n, 0]}), optionally scaled. Bad input is refused naming the file, the line
 * and the column.
 */
public final class ArrivalCurve {

  /** Header names tried, in order, when no column is named. */
  static final List<String> TIME_COLUMNS =
      List.of("timestamp", "created_at", "time", "date", "datetime", "posted_at", "received_at");

  private static final DateTimeFormatter SPACED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]", Locale.ROOT);

  private ArrivalCurve() {}

  /**
   * Reads {@code file} and returns the curve.
   *
   * @param column the timestamp column, or null to find one ({@link #TIME_COLUMNS}, or the only
   *     column)
   * @param scale messages in the drill per real arrival (e.g. 0.5 halves the volume), above 0
   * @throws ScenarioException naming the file, line and column of bad input
   */
  public static List<List<Double>> read(Path file, String column, double scale) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString(), column, scale);
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), "cannot be read: " + e.getMessage());
    }
  }

  public static List<List<Double>> read(Reader in, String name, String column, double scale)
      throws IOException {
    if (!(scale > 0) || scale > 1000) {
      throw new ScenarioException(name, "scale must be above 0 and at most 1000, not " + scale);
    }
    List<Instant> times = new ArrayList<>();
    try (CsvLines rows = new CsvLines(in, name)) {
      CsvLines.Row header = rows.next();
      if (header == null) {
        throw new ScenarioException(name, "is empty (a header line, then one time per line)");
      }
      int col = column(header.cells(), column, name);
      String colName = header.cell(col);
      for (CsvLines.Row row = rows.next(); row != null; row = rows.next()) {
        times.add(parse(row.cell(col), name, row.line(), colName));
      }
    }
    if (times.isEmpty()) {
      throw new ScenarioException(name, "holds no timestamps (a header line, then one per line)");
    }
    return perMinute(times, name, scale);
  }

  private static int column(List<String> names, String wanted, String name) {
    if (wanted != null) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(wanted.strip())) {
          return i;
        }
      }
      throw new ScenarioException(
          name, "line 1: no column named \"" + wanted + "\" (columns: " + names + ")");
    }
    for (String c : TIME_COLUMNS) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equalsIgnoreCase(c)) {
          return i;
        }
      }
    }
    if (names.size() == 1) {
      return 0;
    }
    throw new ScenarioException(
        name,
        "line 1: which column holds the times? None is named "
            + TIME_COLUMNS
            + "; name one (columns: "
            + names
            + ")");
  }

  /** ISO-8601 with an offset or Z, "yyyy-MM-dd HH:mm[:ss]" as UTC, or epoch seconds/millis. */
  static Instant parse(String value, String name, long line, String column) {
    String v = value == null ? "" : value.strip();
    try {
      if (v.matches("\\d{9,10}")) {
        return Instant.ofEpochSecond(Long.parseLong(v));
      }
      if (v.matches("\\d{12,13}")) {
        return Instant.ofEpochMilli(Long.parseLong(v));
      }
      if (v.length() > 10 && (v.charAt(10) == 'T' || v.charAt(10) == 't')) {
        return OffsetDateTime.parse(v.toUpperCase(Locale.ROOT)).toInstant();
      }
      return LocalDateTime.parse(v, SPACED).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new ScenarioException(
          name,
          "line "
              + line
              + ", column "
              + column
              + ": \""
              + (v.length() > 40 ? v.substring(0, 40) + "…" : v)
              + "\" is not a timestamp (use 2013-04-18T01:02:03Z, \"2013-04-18 01:02:03\" in"
              + " UTC, or epoch seconds)");
    }
  }

  static List<List<Double>> perMinute(List<Instant> times, String name, double scale) {
    long first =
        times.stream().mapToLong(t -> Math.floorDiv(t.getEpochSecond(), 60)).min().orElse(0);
    long last =
        times.stream().mapToLong(t -> Math.floorDiv(t.getEpochSecond(), 60)).max().orElse(0);
    if (last - first >= ScenarioReader.MAX_MINUTES) {
      throw new ScenarioException(
          name,
          "spans "
              + (last - first + 1)
              + " minutes, more than a drill's "
              + ScenarioReader.MAX_MINUTES);
    }
    long[] counts = new long[(int) (last - first + 1)];
    for (Instant t : times) {
      counts[(int) (Math.floorDiv(t.getEpochSecond(), 60) - first)]++;
    }
    List<List<Double>> curve = new ArrayList<>(counts.length);
    for (int m = 0; m < counts.length; m++) {
      curve.add(List.of((double) m, Math.round(counts[m] * scale * 1000) / 1000.0));
    }
    // the rate falls to nothing after the last minute (a curve's last point ends it)
    curve.add(List.of((double) counts.length, 0.0));
    return curve;
  }
}
