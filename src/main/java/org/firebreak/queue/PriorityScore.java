package org.firebreak.queue;

import java.util.List;
import java.util.Locale;

/**
 * How urgently a message needs eyes, 0 to 100: wide reach, strong negativity and alarm words
 * (press, lawyers, injuries, boycotts, in English and Bahasa Indonesia) push it up.
 */
public final class PriorityScore {

  static final List<String> ALARM_WORDS =
      List.of(
          "lawyer",
          "lawsuit",
          "sue",
          "press",
          "journalist",
          "reporter",
          "boycott",
          "injury",
          "injured",
          "hospital",
          "burn",
          "fire",
          "pengacara",
          "gugat",
          "wartawan",
          "jurnalis",
          "media",
          "boikot",
          "cedera",
          "luka",
          "rumah sakit",
          "terbakar",
          "kebakaran");

  private PriorityScore() {}

  /**
   * @param reach the author's follower count
   * @param sentiment from -1 (very negative) to 1
   */
  public static int of(long reach, double sentiment, String text) {
    double reachPart = Math.min(1.0, Math.log10(Math.max(0, reach) + 1.0) / 6.0) * 40;
    double negativePart = Math.max(0, -sentiment) * 30;
    double alarmPart = hasAlarmWord(text) ? 30 : 0;
    return (int) Math.round(Math.min(100, reachPart + negativePart + alarmPart));
  }

  public static boolean hasAlarmWord(String text) {
    if (text == null) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : ALARM_WORDS) {
      int at = lower.indexOf(word);
      while (at >= 0) {
        boolean startOk = at == 0 || !Character.isLetter(lower.charAt(at - 1));
        int end = at + word.length();
        boolean endOk =
            end == lower.length()
                || !Character.isLetter(lower.charAt(end))
                || lower.charAt(end) == 's';
        if (startOk && endOk) {
          return true;
        }
        at = lower.indexOf(word, at + 1);
      }
    }
    return false;
  }
}
