package org.firebreak.statements;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The blanks of a statement template: {brand}, {issue}, {hub_url}, {spokesperson}, {next_update}.
 */
public record TemplateVariables(
    String brand, String issue, String hubUrl, String spokesperson, String nextUpdate) {

  /** Placeholder to value; a missing value leaves its placeholder in the text to be filled. */
  public Map<String, String> asMap() {
    Map<String, String> out = new LinkedHashMap<>();
    put(out, "brand", brand);
    put(out, "issue", issue);
    put(out, "hub_url", hubUrl);
    put(out, "spokesperson", spokesperson);
    put(out, "next_update", nextUpdate);
    return out;
  }

  private static void put(Map<String, String> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value.strip());
    }
  }
}
