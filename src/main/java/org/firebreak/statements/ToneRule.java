package org.firebreak.statements;

import java.util.List;

/**
 * One tone rule as written in {@code tone/tone_<lang>.json}. Phrases match whole words, case
 * ignored, any run of spaces between words; patterns are regular expressions for the few rules a
 * phrase list cannot say.
 */
public record ToneRule(
    String id,
    ToneCategory category,
    Kind kind,
    List<String> phrases,
    List<String> patterns,
    List<String> anchors,
    int weight,
    String explanation) {

  /** How a rule decides. */
  public enum Kind {
    /** A finding for every place the wording appears. */
    PRESENT,
    /** A finding when the wording appears nowhere. */
    ABSENT,
    /**
     * The wording right after an apology ({@code anchors}): in the rest of its sentence or opening
     * the next.
     */
    AFTER_APOLOGY,
    /** Longer than the origin platform allows. */
    TOO_LONG,
    /** Reading ease under the rule set's minimum. */
    HARD_TO_READ
  }

  public ToneRule {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    patterns = patterns == null ? List.of() : List.copyOf(patterns);
    anchors = anchors == null ? List.of() : List.copyOf(anchors);
  }

  /** The rules of one language, with its reading-ease calibration. */
  public record RuleSet(String language, Readability readability, List<ToneRule> rules) {}

  /**
   * A Flesch-style reading ease: {@code base - sentenceWeight * words/sentence - syllableWeight *
   * syllables/word}, syllables counted as vowel groups; under {@code minEase} is hard to read.
   */
  public record Readability(
      double base, double sentenceWeight, double syllableWeight, double minEase, String vowels) {}
}
