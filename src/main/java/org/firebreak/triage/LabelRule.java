package org.firebreak.triage;

/**
 * A rule that labels messages automatically, at intake and on request.
 *
 * @param value the keyword, phrase, pattern, author, platform, language code or threshold
 */
public record LabelRule(long id, long labelId, Kind kind, String value) {

  /** What a rule looks at. */
  public enum Kind {
    KEYWORD,
    PHRASE,
    REGEX,
    AUTHOR,
    PLATFORM,
    LANGUAGE,
    SENTIMENT_BELOW,
    REACH_ABOVE
  }
}
