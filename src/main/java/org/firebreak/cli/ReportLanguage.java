package org.firebreak.cli;

import java.util.Locale;

/** The --lang values the report and hub commands accept. */
final class ReportLanguage {
  private ReportLanguage() {}

  static String parse(String lang) {
    String l = lang == null ? "en" : lang.toLowerCase(Locale.ROOT);
    if (!l.equals("en") && !l.equals("id")) {
      throw new IllegalArgumentException("--lang " + lang + " is not known; use en or id");
    }
    return l;
  }
}
