package org.firebreak.queue;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a message as the search index keeps them, and the words of a search as it looks them
 * up: one tokeniser for both, so what is typed finds what was stored.
 *
 * <p>A word is a run of letters, digits and combining marks (English and Bahasa Indonesia alike,
 * any script), folded to lower case (NFKC first, so full-width and ligature forms match).
 * Apostrophes inside a word are dropped ("don't" is "dont"); hyphens split ("anak-anak" is "anak").
 * A hashtag or mention keeps its sign and its underscores ("#kettle_recall", "@user_1") and also
 * gives its plain words ("kettle", "recall"), so a search for the word finds the tag too. Anything
 * else ({@code %}, {@code _}, quotes, emoji) only separates words: it is never a pattern.
 */
public final class SearchTerms {

  /** Longer words are cut to this many characters, on both sides, so they still match. */
  public static final int MAX_LENGTH = 64;

  private SearchTerms() {}

  /** The distinct words of {@code text}, in the order they first appear. */
  public static List<String> of(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      boolean sign = (cp == '#' || cp == '@') && i + 1 < s.length();
      int start = sign ? i + 1 : i;
      int end = scan(s, start, sign);
      if (end > start) {
        String body = s.substring(start, end);
        if (sign) {
          add(out, s.charAt(i) + body.replace("'", "").replace("\u2019", ""));
          for (String part : body.split("_")) {
            addWord(out, part);
          }
        } else {
          addWord(out, body);
        }
        i = end;
      } else {
        i += Character.charCount(cp);
      }
    }
    return List.copyOf(out);
  }

  /** Where a word starting at {@code from} ends; a tag body also takes underscores. */
  private static int scan(String s, int from, boolean tag) {
    int i = from;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      boolean apostrophe =
          (cp == '\'' || cp == '\u2019') && i > from && i + 1 < s.length() && isWord(s, i + 1);
      if (isWordChar(cp) || (tag && cp == '_') || apostrophe) {
        i += Character.charCount(cp);
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isWord(String s, int i) {
    return isWordChar(s.codePointAt(i));
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static void addWord(Set<String> out, String word) {
    add(out, word.replace("'", "").replace("\u2019", ""));
  }

  private static void add(Set<String> out, String term) {
    if (term.isEmpty() || term.length() == 1 && !Character.isLetterOrDigit(term.charAt(0))) {
      return;
    }
    if (term.length() > MAX_LENGTH) {
      int cut = MAX_LENGTH;
      if (Character.isHighSurrogate(term.charAt(cut - 1))) {
        cut--;
      }
      term = term.substring(0, cut);
    }
    out.add(term);
  }
}
