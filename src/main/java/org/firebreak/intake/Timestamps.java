package org.firebreak.intake;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the times exports carry into UTC instants: epoch seconds or milliseconds, ISO-8601 with an
 * offset (or without one: read as UTC and flagged), the classic Twitter {@code Sat Aug 12 16:10:37
 * +0000 2023}, and US {@code 8/12/2023 16:10} (read month first, flagged as ambiguous).
 */
public final class Timestamps {

  /** A time read, and the flag to note when it had to be guessed (null when exact). */
  public record Reading(Instant instant, String flag) {}

  public static final String NO_OFFSET = "TIME_NO_OFFSET";
  public static final String AMBIGUOUS = "TIME_AMBIGUOUS";

  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");
  private static final Pattern EPOCH = Pattern.compile("-?\\d{1,16}(\\.\\d{1,9})?");
  private static final DateTimeFormatter TWITTER =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);
  private static final DateTimeFormatter US =
      new DateTimeFormatterBuilder()
          .appendPattern("M/d/yyyy H:mm")
          .optionalStart()
          .appendPattern(":ss")
          .optionalEnd()
          .parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
          .toFormatter(Locale.ROOT);
  private static final DateTimeFormatter ISO_LOOSE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .append(DateTimeFormatter.ISO_LOCAL_TIME)
          .optionalStart()
          .appendOffset("+HH:MM:ss", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private Timestamps() {}

  /**
   * @throws IllegalArgumentException with a reason a person can act on
   */
  public static Reading read(String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty");
    }
    Reading r = parse(s);
    if (r == null) {
      throw new IllegalArgumentException(
          "'"
              + abbreviate(s)
              + "' is not a time this importer reads (ISO-8601, epoch seconds or milliseconds,"
              + " 'Sat Aug 12 16:10:37 +0000 2023' or 8/12/2023 16:10)");
    }
    if (r.instant().isBefore(EARLIEST) || r.instant().isAfter(LATEST)) {
      throw new IllegalArgumentException(
          "'" + abbreviate(s) + "' reads as " + r.instant() + ", outside 1990-2100");
    }
    return r;
  }

  private static Reading parse(String s) {
    if (EPOCH.matcher(s).matches()) {
      BigDecimal n = new BigDecimal(s);
      boolean millis = n.abs().compareTo(BigDecimal.valueOf(100_000_000_000L)) >= 0;
      BigDecimal nanos = n.movePointRight(millis ? 6 : 9);
      long seconds = nanos.divideToIntegralValue(BigDecimal.valueOf(1_000_000_000L)).longValue();
      long rest = nanos.remainder(BigDecimal.valueOf(1_000_000_000L)).longValue();
      return new Reading(Instant.ofEpochSecond(seconds, rest), null);
    }
    try {
      return new Reading(Instant.from(TWITTER.parse(s)), null);
    } catch (DateTimeParseException notTwitter) {
      // try the next format
    }
    try {
      return new Reading(LocalDateTime.parse(s, US).toInstant(ZoneOffset.UTC), AMBIGUOUS);
    } catch (DateTimeParseException notUs) {
      // try the next format
    }
    try {
      var parsed = ISO_LOOSE.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      if (parsed instanceof OffsetDateTime odt) {
        return new Reading(odt.toInstant(), null);
      }
      return new Reading(((LocalDateTime) parsed).toInstant(ZoneOffset.UTC), NO_OFFSET);
    } catch (DateTimeParseException notIso) {
      // try a bare date
    }
    try {
      return new Reading(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC), NO_OFFSET);
    } catch (DateTimeParseException notDate) {
      return null;
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
