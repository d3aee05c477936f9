package org.firebreak.statements;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firebreak.incident.Platform;

/**
 * A text's length as a platform counts it, against that platform's limit. Over the limit is
 * reported as {@code overBy}; the text is never cut.
 */
public record CharacterCount(Platform platform, int count, int limit, int overBy) {

  /** What a link counts as on X and Mastodon, whatever its length. */
  public static final int LINK_LENGTH = 23;

  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  /** A link starts where no letter or digit precedes it and runs to the next space. */
  private static final Pattern LINK = Pattern.compile("(?<![\\p{L}\\p{N}_@.])https?://\\S+");

  private static final Pattern X_LINK =
      Pattern.compile("(?<![\\p{L}\\p{N}_@.])(?:https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);

  private static final String TRAILING_PUNCTUATION = ".,;:!?'\"";

  public boolean over() {
    return overBy > 0;
  }

  public static CharacterCount of(Platform platform, String text) {
    String t = text == null ? "" : text;
    int count =
        switch (PlatformLimits.rule(platform)) {
          case X_WEIGHTED -> xWeighted(t);
          case GRAPHEMES -> graphemes(t);
          case CODE_POINTS_LINKS_23 -> codePointsWithLinks(t);
          case CODE_POINTS -> t.codePointCount(0, t.length());
        };
    int limit = PlatformLimits.limit(platform);
    int over = limit == PlatformLimits.NO_LIMIT ? 0 : Math.max(0, count - limit);
    return new CharacterCount(platform, count, limit, over);
  }

  static int graphemes(String text) {
    Matcher m = GRAPHEME.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Mastodon keeps the link up to the next space, trailing punctuation included. */
  static int codePointsWithLinks(String text) {
    Matcher m = LINK.matcher(text);
    int count = 0;
    int from = 0;
    while (m.find()) {
      count += text.codePointCount(from, m.start()) + LINK_LENGTH;
      from = m.end();
    }
    return count + text.codePointCount(from, text.length());
  }

  /**
   * X's weighted length (twitter-text v3): NFC first; code points in 0-4351, 8192-8205, 8208-8223
   * and 8242-8247 weigh 1, all others 2; an emoji sequence (ZWJ family, flag, skin tone, keycap)
   * weighs 2 in all; a link weighs 23.
   */
  static int xWeighted(String raw) {
    String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
    Matcher m = X_LINK.matcher(text);
    int weight = 0;
    int from = 0;
    while (m.find()) {
      int end = m.end();
      while (end > m.start() && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      weight += xPlain(text, from, m.start()) + LINK_LENGTH;
      from = end;
    }
    return weight + xPlain(text, from, text.length());
  }

  private static int xPlain(String text, int start, int end) {
    if (start >= end) {
      return 0;
    }
    Matcher cluster = GRAPHEME.matcher(text).region(start, end);
    int weight = 0;
    while (cluster.find()) {
      String g = cluster.group();
      if (isEmoji(g)) {
        weight += 2;
      } else {
        weight += g.codePoints().map(CharacterCount::xWeight).sum();
      }
    }
    return weight;
  }

  private static int xWeight(int cp) {
    boolean light =
        cp <= 4351
            || (cp >= 8192 && cp <= 8205)
            || (cp >= 8208 && cp <= 8223)
            || (cp >= 8242 && cp <= 8247);
    return light ? 1 : 2;
  }

  /**
   * Pictographs, regional indicators and emoji presentation; an approximation of the list X uses.
   */
  static boolean isEmoji(String cluster) {
    return cluster
        .codePoints()
        .anyMatch(
            cp ->
                (cp >= 0x1F000 && cp <= 0x1FAFF)
                    || (cp >= 0x2600 && cp <= 0x27BF)
                    || (cp >= 0x2300 && cp <= 0x23FF)
                    || (cp >= 0x2B00 && cp <= 0x2BFF)
                    || cp == 0xFE0F
                    || cp == 0x20E3);
  }
}
