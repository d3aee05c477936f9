package org.firebreak.intake;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;

/**
 * Turns a raw record into a storable message or a rejection naming the field: ids stay text (and a
 * spreadsheet-rounded id is refused), times become UTC, text loses NUL and lone surrogates, and
 * anything guessed or repaired is flagged.
 */
public final class MessageNormaliser {

  static final int MAX_ID = 200;
  static final int MAX_AUTHOR = 500;
  static final int MAX_URL = 2000;
  static final int MAX_FLAGS = 200;
  private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d+)?[eE][+-]?\\d+");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

  /** The result: exactly one of message and rejection is set. */
  public record Result(IncomingMessage message, Rejection rejection) {}

  private long spreadsheetIds;

  /** How many rows were refused because a spreadsheet turned their id into a rounded number. */
  public long spreadsheetIds() {
    return spreadsheetIds;
  }

  public Result normalise(RawMessage raw, Instant receivedAt) {
    Set<String> flags = new LinkedHashSet<>();
    if (raw.flag() != null) {
      flags.add(raw.flag());
    }
    String id = raw.externalId() == null ? "" : unquote(raw.externalId().strip());
    if (id.isEmpty()) {
      return reject(raw, "id", "empty: every message needs an id to be de-duplicated");
    }
    if (SCIENTIFIC.matcher(id).matches()) {
      spreadsheetIds++;
      return reject(
          raw,
          "id",
          "'"
              + id
              + "' is a number a spreadsheet rounded: the id column is not usable; export ids as"
              + " text or map another column with --map id=COLUMN");
    }
    if (id.length() > MAX_ID) {
      return reject(raw, "id", "longer than " + MAX_ID + " characters");
    }
    Instant createdAt;
    if (raw.createdAt() == null || raw.createdAt().isBlank()) {
      createdAt = receivedAt;
      flags.add("NO_TIME");
    } else {
      try {
        Timestamps.Reading t = Timestamps.read(raw.createdAt());
        createdAt = t.instant();
        if (t.flag() != null) {
          flags.add(t.flag());
        }
      } catch (IllegalArgumentException e) {
        return reject(raw, "created_at", e.getMessage());
      }
    }
    String text = raw.text() == null ? "" : raw.text();
    String cleaned = TextDecoding.clean(text);
    if (cleaned.length() != text.length()) {
      flags.add("CONTROL_STRIPPED");
    }
    if (cleaned.indexOf(TextDecoding.REPLACEMENT) >= 0) {
      flags.add("INVALID_UTF8");
    }
    String url = cut(TextDecoding.clean(raw.url()), MAX_URL, flags, "URL_DROPPED");
    Message m =
        new Message(
            0,
            platform(raw.platform()),
            id,
            cut(TextDecoding.clean(raw.conversationId()), MAX_ID, flags, "CONVERSATION_DROPPED"),
            author(raw.author()),
            reach(raw.reach(), flags),
            cleaned,
            url,
            createdAt,
            receivedAt,
            raw.direction() == null ? Direction.INBOUND : raw.direction(),
            null,
            0,
            0,
            raw.direction() == Direction.OUTBOUND
                ? MessageStatus.NO_REPLY_NEEDED
                : MessageStatus.NEEDS_REPLY,
            null,
            null);
    String joined = String.join(",", flags);
    return new Result(
        new IncomingMessage(m, null, joined.isEmpty() ? null : abbreviate(joined)), null);
  }

  /** Spreadsheets keep a leading apostrophe or quotes around long numbers to keep them text. */
  private static String unquote(String id) {
    if (id.length() >= 2 && id.startsWith("'") && id.endsWith("'")) {
      return id.substring(1, id.length() - 1).strip();
    }
    return id.startsWith("'") ? id.substring(1).strip() : id;
  }

  /** Tool exports say "SOCIALMEDIA_TWITTER" or "twitter.com": find the platform inside. */
  static Platform platform(String raw) {
    Platform exact = Platform.parse(raw);
    if (exact != Platform.OTHER || raw == null) {
      return exact;
    }
    String lower = raw.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("twitter") || lower.equals("x.com")) {
      return Platform.X;
    }
    for (Platform p : Platform.values()) {
      if (p != Platform.X && lower.contains(p.name().toLowerCase(java.util.Locale.ROOT))) {
        return p;
      }
    }
    return Platform.OTHER;
  }

  private static String author(String raw) {
    String a = TextDecoding.clean(raw);
    if (a == null || a.isBlank()) {
      return "unknown";
    }
    a = a.strip();
    return a.length() > MAX_AUTHOR ? a.substring(0, MAX_AUTHOR) : a;
  }

  private static long reach(String raw, Set<String> flags) {
    if (raw == null || raw.isBlank()) {
      return 0;
    }
    String digits = raw.strip().replace(",", "").replace("_", "").replace(" ", "");
    if (digits.endsWith(".0")) {
      digits = digits.substring(0, digits.length() - 2);
    }
    if (DIGITS.matcher(digits).matches()) {
      return Long.parseLong(digits);
    }
    flags.add("REACH_UNREADABLE");
    return 0;
  }

  private static String cut(String value, int max, Set<String> flags, String flag) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > max) {
      flags.add(flag);
      return null;
    }
    return value.strip();
  }

  private static String abbreviate(String flags) {
    return flags.length() <= MAX_FLAGS ? flags : flags.substring(0, MAX_FLAGS);
  }

  private static Result reject(RawMessage raw, String field, String reason) {
    return new Result(null, new Rejection(raw.where(), raw.line(), field, reason));
  }
}
