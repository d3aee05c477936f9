package org.firebreak.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences, words and a Flesch-style reading ease for the tone check. */
final class ReadingEase {

  /** A sentence runs to its closing marks or a line break. */
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");

  private ReadingEase() {}

  /** Spans [start, end) of the sentences that hold at least one word. */
  static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      if (WORD.matcher(text).region(m.start(), m.end()).find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  static int words(String text, int start, int end) {
    Matcher m = WORD.matcher(text).region(start, end);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** The ease score, or NaN when there is no word to read. */
  static double ease(String text, ToneRule.Readability r) {
    List<int[]> sentences = sentences(text);
    Pattern vowelGroup = Pattern.compile("[" + r.vowels() + "]+");
    int words = 0;
    int syllables = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words++;
      Matcher v = vowelGroup.matcher(m.group().toLowerCase(java.util.Locale.ROOT));
      int groups = 0;
      while (v.find()) {
        groups++;
      }
      syllables += Math.max(1, groups);
    }
    if (words == 0 || sentences.isEmpty()) {
      return Double.NaN;
    }
    return r.base()
        - r.sentenceWeight() * words / sentences.size()
        - r.syllableWeight() * syllables / words;
  }
}
