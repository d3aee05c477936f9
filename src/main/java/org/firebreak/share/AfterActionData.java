package org.firebreak.share;

import java.time.Instant;
import java.util.List;
import org.firebreak.incident.Incident;
import org.firebreak.stats.LabelDebt;

/** What the after-action report tells, read from the incident database in one go. */
public record AfterActionData(
    Incident incident,
    List<Event> timeline,
    Instant volumeStart,
    long[] volumePer10Minutes,
    long[] openAtEndOf10Minutes,
    long totalMessages,
    long inboundMessages,
    List<StatementLine> statements,
    List<LabelDebt> labels,
    long[] responseBuckets,
    long answered,
    long answeredWithin30Minutes,
    List<Note> notes) {

  /** Upper bounds (minutes, exclusive) of the response-time buckets; the last is open. */
  public static final int[] BUCKET_LIMITS_MINUTES = {5, 15, 30, 60, 240};

  public static final int VOLUME_BUCKET_MINUTES = 10;

  /** One moment of the incident's story; {@code kind} names the words used for it. */
  public record Event(Instant at, String kind, String detail, String actor) {}

  public record StatementLine(
      String title,
      String kind,
      String state,
      String spokesperson,
      String approver,
      Instant publishedAt) {}

  public record Note(Instant at, String author, String text) {}

  public static int bucketOf(long seconds) {
    for (int i = 0; i < BUCKET_LIMITS_MINUTES.length; i++) {
      if (seconds < BUCKET_LIMITS_MINUTES[i] * 60L) {
        return i;
      }
    }
    return BUCKET_LIMITS_MINUTES.length;
  }
}
