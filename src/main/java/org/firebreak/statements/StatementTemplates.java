package org.firebreak.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Starting texts for each kind of statement, in English and Bahasa Indonesia, from {@code
 * /templates/<lang>/<kind>.txt}. Written to the playbook: owned, compassionate, a next update and
 * the crisis hub.
 */
public final class StatementTemplates {

  private StatementTemplates() {}

  /** The template text with its {placeholders}. */
  public static String raw(StatementKind kind, String language) {
    String resource =
        "/templates/"
            + ToneCheck.languageOf(language)
            + "/"
            + kind.name().toLowerCase(Locale.ROOT)
            + ".txt";
    try (InputStream in = StatementTemplates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing statement template " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  /** The template with every known variable filled in; unknown ones stay as {placeholders}. */
  public static String fill(StatementKind kind, String language, TemplateVariables variables) {
    String text = raw(kind, language);
    Map<String, String> values = variables == null ? Map.of() : variables.asMap();
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("{" + e.getKey() + "}", e.getValue());
    }
    return text;
  }
}
