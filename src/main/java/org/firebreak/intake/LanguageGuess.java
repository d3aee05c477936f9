package org.firebreak.intake;

import java.util.Locale;
import java.util.Set;

/** English or Bahasa Indonesia, told apart by counting each language's commonest small words. */
public final class LanguageGuess {

  private static final Set<String> INDONESIAN =
      Set.of(
          "yang", "dan", "tidak", "saya", "ini", "itu", "di", "ke", "dari", "untuk", "dengan",
          "ada", "kami", "kamu", "anda", "sudah", "belum", "juga", "akan", "karena", "tapi",
          "kenapa", "apa", "gak", "nggak", "sangat", "bisa", "mohon", "tolong");
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "and", "is", "not", "to", "of", "a", "in", "it", "that", "you", "for", "my",
          "this", "was", "are", "with", "have", "be", "on", "i", "your", "why", "what", "just",
          "me", "do", "so", "but");

  private LanguageGuess() {}

  /** "en", "id", or null when the text gives no hint. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    int en = 0;
    int id = 0;
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      en += ENGLISH.contains(w) ? 1 : 0;
      id += INDONESIAN.contains(w) ? 1 : 0;
    }
    if (en == 0 && id == 0) {
      return null;
    }
    return id > en ? "id" : "en";
  }
}
