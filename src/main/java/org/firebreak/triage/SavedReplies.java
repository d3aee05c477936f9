package org.firebreak.triage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saved replies (snippets) in English and Bahasa Indonesia, with {author}, {hub_url}, {case_id}.
 */
public final class SavedReplies {

  /** One saved reply. */
  public record Snippet(String title, String text) {}

  private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)\\}");

  private SavedReplies() {}

  /** The built-in snippets for a language ("en" or "id"), in order. */
  public static List<Snippet> of(String language) {
    String lang = "id".equals(language) ? "id" : "en";
    Properties p = new Properties();
    try (InputStream in =
        SavedReplies.class.getResourceAsStream("/replies/snippets_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Snippet> out = new ArrayList<>();
    for (int i = 1; p.containsKey(i + ".title"); i++) {
      out.add(new Snippet(p.getProperty(i + ".title"), p.getProperty(i + ".text")));
    }
    return out;
  }

  /**
   * Fills the variables it knows; one it does not know, or has no value for, stays visible as
   * {name} so the person sees what is missing before sending.
   */
  public static String fill(String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null || value.isBlank() ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
