package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Platform;
import org.firebreak.stats.LabelDebt;
import org.firebreak.stats.ReplyDebt;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.triage.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact reads at the edges of the reply-debt counters (ADR 28): whichever side of its minute a
 * moment is read from, the figures equal a full count, with messages and replies on both sides of
 * the moments 15 and 60 minutes ago and of now, some arriving after now; and a label's oldest
 * unanswered message is found behind earlier messages of its minute that do not count.
 */
class ReplyDebtEdgeTest {

  private static final Instant M0 = TempDatabase.T0; // on a whole minute
  private static final String[] STATUSES = {
    "NEEDS_REPLY", "ASSIGNED", "ESCALATED", "REPLIED", "NO_REPLY_NEEDED"
  };

  @TempDir Path dir;

  @Test
  void everySideOfEveryEdgeMinuteAgreesWithAFullCount() {
    try (Services s = open()) {
      List<Label> labels = s.labels().all();
      Random random = new Random(28);
      // a message every 3 to 8 s over 80 minutes, a few with two replies, some replied later than
      // the moments read
      long at = 0;
      int i = 0;
      while (at < 80 * 60_000L) {
        long id = message(s, i++, M0.plusMillis(at), STATUSES[random.nextInt(STATUSES.length)]);
        for (int l = 0; l < 2; l++) {
          if (random.nextInt(3) == 0) {
            label(s, id, labels.get((l + random.nextInt(3)) % labels.size()).id());
          }
        }
        for (int r = random.nextInt(4) - 1; r > 0; r--) {
          reply(s, id, M0.plusMillis(at + random.nextInt(40 * 60_000)));
        }
        at += 3_000 + random.nextInt(5_000);
      }
      long[] offsets = {0, 1, 17_250, 29_999, 30_000, 30_001, 44_444, 59_999};
      int[] minutes = {61, 65, 70, 76};
      // on the moments read themselves: an arrival (replied after), a first reply to an earlier
      // arrival (and a second after), and a labelled reply 15 and 60 minutes before
      for (int minute : minutes) {
        for (long offset : offsets) {
          Instant now = M0.plusMillis(minute * 60_000L + offset);
          reply(s, message(s, i++, now, "NEEDS_REPLY"), now.plusSeconds(10));
          long earlier = message(s, i++, now.minusSeconds(90), "ASSIGNED");
          reply(s, earlier, now);
          reply(s, earlier, now.plusSeconds(5));
          for (long back : new long[] {15, 60}) {
            long id = message(s, i++, now.minusSeconds(back * 60 + 30), "NEEDS_REPLY");
            label(s, id, labels.get(0).id());
            reply(s, id, now.minusSeconds(back * 60));
          }
        }
      }
      for (int minute : minutes) {
        for (long offset : offsets) {
          Instant now = M0.plusMillis(minute * 60_000L + offset);
          ReplyDebt debt = s.statsQuery().replyDebt(now);
          assertThat(debt)
              .as("reply debt at %s", now)
              .isEqualTo(ReplyDebtFullRecount.replyDebt(s.database(), now));
          assertThat(debt.replied60()).isPositive();
          assertThat(debt.burnDown().get(12).open()).isPositive();
        }
      }
      // live: nothing after now, with arrivals and a first reply earlier in now's minute
      Instant live = M0.plusSeconds(125 * 60 + 40);
      reply(s, message(s, i++, live.minusSeconds(20), "NEEDS_REPLY"), live.minusSeconds(5));
      long waiting = message(s, i++, live.minusSeconds(2), "NEEDS_REPLY");
      message(s, i, live, "ESCALATED");
      assertThat(s.statsQuery().replyDebt(live))
          .isEqualTo(ReplyDebtFullRecount.replyDebt(s.database(), live));
      // then a reply later in that minute: no arrival after the moment read, but an answer
      reply(s, waiting, live.plusSeconds(10));
      Instant later = live.plusSeconds(5);
      assertThat(s.statsQuery().replyDebt(later))
          .isEqualTo(ReplyDebtFullRecount.replyDebt(s.database(), later));
    }
  }

  @Test
  void aLabelsOldestUnansweredIsTheFirstOfItsMinuteThatCounts() {
    try (Services s = open()) {
      long press = s.labels().all().get(0).id();
      Instant minute = M0.plusSeconds(600);
      // earlier in the same minute: answered with the label, and awaiting without it
      label(s, message(s, 1, minute.plusSeconds(1), "REPLIED"), press);
      label(s, message(s, 2, minute.plusSeconds(2), "NO_REPLY_NEEDED"), press);
      message(s, 3, minute.plusSeconds(3), "NEEDS_REPLY");
      long first = message(s, 4, minute.plusMillis(41_500), "ASSIGNED");
      label(s, first, press);
      label(s, message(s, 5, minute.plusSeconds(50), "NEEDS_REPLY"), press);
      label(s, message(s, 6, minute.plusSeconds(90), "ESCALATED"), press);

      Instant now = M0.plusSeconds(3_600);
      ReplyDebt debt = s.statsQuery().replyDebt(now);
      LabelDebt label =
          debt.labels().stream().filter(l -> l.awaitingReply() == 3).findFirst().orElseThrow();
      assertThat(label.oldestUnanswered()).isEqualTo(minute.plusMillis(41_500));
      assertThat(debt.oldestUnanswered()).isEqualTo(minute.plusSeconds(3));
      assertThat(debt).isEqualTo(ReplyDebtFullRecount.replyDebt(s.database(), now));
    }
  }

  private Services open() {
    Services s = TempDatabase.open(dir, new MutableClock(M0));
    s.incidents().declare("Edges", Cause.INTERNAL, Platform.X, Duration.ofMinutes(20), "t");
    return s;
  }

  private static long message(Services s, int n, Instant at, String status) {
    return s.database()
        .write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO messages (platform, external_id, author, text, preview,"
                          + " created_at, received_at, direction, status)"
                          + " VALUES ('X', ?, 'ana', 'Is it safe?', 'Is it safe?', ?, ?,"
                          + " 'INBOUND', ?)",
                      new String[] {"ID"})) {
                ps.setString(1, "e" + n);
                ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(4, status);
                ps.executeUpdate();
                return Sql.generatedId(ps);
              }
            });
  }

  private static void label(Services s, long message, long label) {
    s.database()
        .write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "MERGE INTO message_labels (message_id, label_id) KEY (message_id, label_id)"
                          + " VALUES (?, ?)")) {
                ps.setLong(1, message);
                ps.setLong(2, label);
                return ps.executeUpdate();
              }
            });
  }

  private static void reply(Services s, long message, Instant at) {
    s.database()
        .write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO replies (message_id, text, sent_by, sent_at, platform)"
                          + " VALUES (?, 'On it', 'Dewi', ?, 'X')")) {
                ps.setLong(1, message);
                ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                return ps.executeUpdate();
              }
            });
  }
}
