package org.firebreak.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** Reads fields of a JSON tree, refusing bad ones with the path of the field and what to do. */
final class JsonFields {

  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private JsonFields() {}

  static PlanRuleException bad(String path, String problem) {
    return new PlanRuleException(path, path + ": " + problem);
  }

  static JsonNode object(JsonNode parent, String field, String path, boolean required) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw bad(path + field, "is missing; add an object here.");
      }
      return null;
    }
    if (!n.isObject()) {
      throw bad(path + field, "must be an object { ... }.");
    }
    return n;
  }

  static String text(JsonNode parent, String field, String path, boolean required, int max) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      if (required) {
        throw bad(path + field, "is missing or empty; write some text.");
      }
      return "";
    }
    if (!n.isTextual()) {
      throw bad(path + field, "must be text in quotes (found " + n.getNodeType() + ").");
    }
    String s = n.asText().strip();
    if (s.length() > max) {
      throw bad(
          path + field, "is " + s.length() + " characters long; at most " + max + " are allowed.");
    }
    if (INVISIBLE.matcher(s).find()) {
      throw bad(path + field, "contains control characters; remove them.");
    }
    return s;
  }

  static int minutes(JsonNode parent, String field, String path) {
    JsonNode n = parent.get(field);
    if (n == null || !n.canConvertToExactIntegral() || n.asInt() < 1 || n.asInt() > 1440) {
      throw bad(
          path + field,
          "must be a whole number of minutes from 1 to 1440 (found "
              + (n == null ? "nothing" : n.toString())
              + ").");
    }
    return n.asInt();
  }

  static <E extends Enum<E>> E choice(
      JsonNode parent, String field, String path, Class<E> type, E fallback) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (fallback != null) {
        return fallback;
      }
      throw bad(path + field, "is missing; use one of " + names(type) + ".");
    }
    String s = n.asText().strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s)) {
        return e;
      }
    }
    throw bad(path + field, "\"" + n.asText() + "\" is not one of " + names(type) + ".");
  }

  static <T> List<T> list(
      JsonNode parent,
      String field,
      String path,
      boolean required,
      BiFunction<JsonNode, String, T> item) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      if (required) {
        throw bad(path + field, "is missing; add a list [ ... ] with at least one entry.");
      }
      return List.of();
    }
    if (!n.isArray()) {
      throw bad(path + field, "must be a list [ ... ].");
    }
    if (required && n.isEmpty()) {
      throw bad(path + field, "is empty; add at least one entry.");
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < n.size(); i++) {
      out.add(item.apply(n.get(i), path + field + "[" + i + "]"));
    }
    return out;
  }

  /** A list entry that is plain text. */
  static String line(JsonNode n, String path, int max) {
    if (n == null || !n.isTextual() || n.asText().isBlank()) {
      throw bad(path, "must be text in quotes, not empty.");
    }
    String s = n.asText().strip();
    if (s.length() > max) {
      throw bad(path, "is " + s.length() + " characters long; at most " + max + " are allowed.");
    }
    return s;
  }

  static void objectEntry(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      throw bad(path, "must be an object { ... }.");
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    List<String> out = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      out.add(e.name());
    }
    return String.join(", ", out);
  }
}
