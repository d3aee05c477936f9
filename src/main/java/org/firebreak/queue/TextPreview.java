package org.firebreak.queue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts message text for a one-line preview. Cuts only between grapheme clusters (an emoji flag or a
 * letter with its accents is never split), folds line breaks, and makes bidi controls visible so a
 * message cannot reorder the row it is shown in.
 */
public final class TextPreview {

  private static final Pattern GRAPHEME = Pattern.compile("\\X");
  private static final Pattern BIDI_CONTROL =
      Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C]");
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u2028\\u2029\\t]+");
  private static final String ELLIPSIS = "\u2026";

  private TextPreview() {}

  /** At most {@code maxGraphemes} visible characters, ending in an ellipsis when cut. */
  public static String cut(String text, int maxGraphemes) {
    if (text == null) {
      return "";
    }
    String oneLine = LINE_BREAKS.matcher(text).replaceAll(" ").replace('\0', '\uFFFD');
    String visible = showBidiControls(oneLine);
    Matcher m = GRAPHEME.matcher(visible);
    int count = 0;
    while (m.find()) {
      if (count == maxGraphemes) {
        return visible.substring(0, m.start()).stripTrailing() + ELLIPSIS;
      }
      count++;
    }
    return visible;
  }

  /** Replaces each invisible direction control with a visible [U+XXXX] marker. */
  public static String showBidiControls(String text) {
    return BIDI_CONTROL
        .matcher(text)
        .replaceAll(r -> String.format("[U+%04X]", (int) r.group().charAt(0)));
  }
}
