package org.firebreak.triage;

import java.util.regex.Pattern;

/** What a label name may be: short, visible, and never able to reorder the text around it. */
public final class LabelNames {
  public static final int MAX_LENGTH = 40;
  private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private LabelNames() {}

  /** The name as it will be stored, or a refusal naming the field. */
  public static String check(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new TriageRuleException("A label needs a name.", "name");
    }
    if (n.length() > MAX_LENGTH) {
      throw new TriageRuleException(
          "A label name can be at most "
              + MAX_LENGTH
              + " characters (this one has "
              + n.length()
              + ").",
          "name");
    }
    if (FORBIDDEN.matcher(n).find()) {
      throw new TriageRuleException(
          "A label name cannot contain invisible or direction-changing characters.", "name");
    }
    return n;
  }

  public static String checkColour(String colour) {
    if (colour == null || !COLOUR.matcher(colour).matches()) {
      throw new TriageRuleException("A colour is written #rrggbb, for example #d93025.", "colour");
    }
    return colour.toLowerCase(java.util.Locale.ROOT);
  }

  public static Integer checkHotkey(Integer hotkey) {
    if (hotkey != null && (hotkey < 1 || hotkey > 9)) {
      throw new TriageRuleException("A label's key is a number from 1 to 9.", "hotkey");
    }
    return hotkey;
  }
}
