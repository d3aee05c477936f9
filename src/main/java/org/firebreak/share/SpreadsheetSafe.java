package org.firebreak.share;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from running a CSV cell as a formula (CWE-1236): a cell starting with {@code
 * = + - @}, tab or carriage return gets a leading single quote. A plain decimal number such as
 * {@code -0.42} is left alone, since a spreadsheet reads it as a number, never as a formula.
 */
public final class SpreadsheetSafe {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?");

  private SpreadsheetSafe() {}

  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return value == null ? "" : value;
    }
    return startsFormula(value) ? "'" + value : value;
  }

  /** True when a spreadsheet could take {@code value} as the start of a formula. */
  public static boolean startsFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    boolean trigger =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return trigger && !PLAIN_NUMBER.matcher(value).matches();
  }
}
