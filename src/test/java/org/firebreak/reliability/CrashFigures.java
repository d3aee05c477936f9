package org.firebreak.reliability;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.firebreak.testing.ReliabilityFigures;

/**
 * One kind's crash figures, printed as one JSON line and kept for the reliability page ({@link
 * ReliabilityFigures}).
 */
final class CrashFigures {
  private final Map<String, Object> values = new LinkedHashMap<>();

  CrashFigures(String kind, int runs) {
    values.put("crash", kind);
    values.put("runs", runs);
    values.put("restarts", runs);
    values.put("messages_checked", 0L);
    values.put("lost", 0L);
    values.put("duplicated", 0L);
    values.put("failed_to_open", 0L);
  }

  CrashFigures put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  CrashFigures add(String key, long more) {
    values.merge(key, more, (a, b) -> ((Number) a).longValue() + ((Number) b).longValue());
    return this;
  }

  long get(String key) {
    return ((Number) values.get(key)).longValue();
  }

  String json() {
    return values.entrySet().stream()
        .map(
            e ->
                "\""
                    + e.getKey()
                    + "\":"
                    + (e.getValue() instanceof Number
                        ? e.getValue().toString()
                        : "\"" + e.getValue() + "\""))
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** Prints the line and keeps it for the reliability page. */
  void print() {
    record(json());
  }

  static void record(String jsonLine) {
    ReliabilityFigures.record(jsonLine);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
