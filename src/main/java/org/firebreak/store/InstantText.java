package org.firebreak.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Writes instants exactly as {@link Instant#toString} does, several times faster for the years 1970
 * to 9999: the date part is kept for the next call on the same day (an export reads its rows in
 * time order), the time of day is written digit by digit. Other years go through {@link
 * Instant#toString}. One instance per reading thread.
 */
final class InstantText {

  private static final long YEAR_10000 = 253_402_300_800L;

  private long day = Long.MIN_VALUE;
  private String datePart;
  private final StringBuilder out = new StringBuilder(30);

  String of(OffsetDateTime t) {
    return t == null ? null : of(t.toInstant());
  }

  String of(Instant t) {
    long seconds = t.getEpochSecond();
    if (seconds < 0 || seconds >= YEAR_10000) {
      return t.toString();
    }
    long d = seconds / 86_400;
    if (d != day) {
      day = d;
      datePart = LocalDate.ofEpochDay(d) + "T";
    }
    int s = (int) (seconds % 86_400);
    out.setLength(0);
    out.append(datePart);
    two(s / 3600);
    out.append(':');
    two(s / 60 % 60);
    out.append(':');
    two(s % 60);
    int nano = t.getNano();
    if (nano != 0) {
      // as ISO_INSTANT: the fraction in groups of three digits, as many as it needs
      out.append('.');
      if (nano % 1_000_000 == 0) {
        digits(nano / 1_000_000, 3);
      } else if (nano % 1000 == 0) {
        digits(nano / 1000, 6);
      } else {
        digits(nano, 9);
      }
    }
    return out.append('Z').toString();
  }

  private void two(int v) {
    out.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  private void digits(int v, int width) {
    int at = out.length();
    for (int i = 0; i < width; i++) {
      out.append('0');
    }
    for (int i = width - 1; i >= 0; i--) {
      out.setCharAt(at + i, (char) ('0' + v % 10));
      v /= 10;
    }
  }
}
