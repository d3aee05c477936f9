package org.firebreak.statements;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The tone rules of one language, read from {@code /tone/tone_<lang>.json} and compiled once. */
final class ToneRuleBook {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String AFTER = "(?![\\p{L}\\p{N}])";

  /** A rule with its wording compiled. */
  record Compiled(ToneRule rule, List<Pattern> patterns, Pattern anchor, Pattern opening) {}

  private final String language;
  private final ToneRule.Readability readability;
  private final List<Compiled> rules;

  private ToneRuleBook(ToneRule.RuleSet set) {
    this.language = set.language();
    this.readability = set.readability();
    List<Compiled> out = new ArrayList<>();
    for (ToneRule r : set.rules()) {
      out.add(compile(r));
    }
    this.rules = List.copyOf(out);
  }

  static ToneRuleBook load(String language) {
    String resource = "/tone/tone_" + language + ".json";
    try (InputStream in = ToneRuleBook.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No tone rules for language " + language);
      }
      ObjectMapper json =
          new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      return new ToneRuleBook(json.readValue(in, ToneRule.RuleSet.class));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + resource, e);
    }
  }

  String language() {
    return language;
  }

  ToneRule.Readability readability() {
    return readability;
  }

  List<Compiled> rules() {
    return rules;
  }

  private static Compiled compile(ToneRule r) {
    List<Pattern> patterns = new ArrayList<>();
    String phrases = alternation(r.phrases());
    if (phrases != null) {
      patterns.add(Pattern.compile(BEFORE + phrases + AFTER, FLAGS));
    }
    for (String p : r.patterns()) {
      patterns.add(Pattern.compile(p, FLAGS));
    }
    String anchors = alternation(r.anchors());
    Pattern anchor = anchors == null ? null : Pattern.compile(BEFORE + anchors + AFTER, FLAGS);
    Pattern opening =
        phrases == null
            ? null
            : Pattern.compile("[\\s\\p{Punct}]*(" + phrases + ")" + AFTER, FLAGS);
    return new Compiled(r, List.copyOf(patterns), anchor, opening);
  }

  /** Whole-word phrases, longest first, any run of spaces between their words. */
  private static String alternation(List<String> phrases) {
    if (phrases.isEmpty()) {
      return null;
    }
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    List<String> parts = new ArrayList<>();
    for (String phrase : sorted) {
      String[] words = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
      List<String> quoted = new ArrayList<>();
      for (String w : words) {
        quoted.add(Pattern.quote(w));
      }
      parts.add(String.join("\\s+", quoted));
    }
    return "(?:" + String.join("|", parts) + ")";
  }
}
