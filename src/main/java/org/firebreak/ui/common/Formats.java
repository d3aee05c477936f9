package org.firebreak.ui.common;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Times, ages and counts as the chosen language writes them. */
public final class Formats {
  private final DateTimeFormatter time;
  private final DateTimeFormatter dateTime;
  private final NumberFormat numbers;
  private final I18n i18n;

  public Formats(I18n i18n, ZoneId zone) {
    this.i18n = i18n;
    this.time = DateTimeFormatter.ofPattern("HH:mm:ss", i18n.locale()).withZone(zone);
    this.dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(i18n.locale())
            .withZone(zone);
    this.numbers = NumberFormat.getIntegerInstance(i18n.locale());
  }

  /** A date and time as the language writes them, for moments that may be days ago. */
  public String dateTime(Instant at) {
    return at == null ? "" : dateTime.format(at);
  }

  public String time(Instant at) {
    return at == null ? "" : time.format(at);
  }

  public String count(long n) {
    return numbers.format(n);
  }

  /** "45s", "12m", "3h 05m" */
  public String age(Instant from, Instant now) {
    if (from == null) {
      return "";
    }
    long s = Math.max(0, Duration.between(from, now).getSeconds());
    if (s < 60) {
      return i18n.get("age.seconds", s);
    }
    if (s < 3600) {
      return i18n.get("age.minutes", s / 60);
    }
    return i18n.get("age.hours", s / 3600, String.format("%02d", (s % 3600) / 60));
  }

  /** 12 400 followers read as "12.4K" in a narrow column. */
  public String reach(long n) {
    if (n >= 1_000_000) {
      return String.format(i18n.locale(), "%.1fM", n / 1_000_000.0);
    }
    if (n >= 10_000) {
      return String.format(i18n.locale(), "%.0fK", n / 1_000.0);
    }
    if (n >= 1_000) {
      return String.format(i18n.locale(), "%.1fK", n / 1_000.0);
    }
    return Long.toString(n);
  }
}
