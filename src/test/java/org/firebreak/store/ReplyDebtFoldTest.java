package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folding the counters' delta rows keeps every sum and leaves one row per key. */
class ReplyDebtFoldTest {

  @TempDir Path dir;

  @Test
  void foldingKeepsTheSumsInOneRowPerKey() {
    MutableClock clock = new MutableClock(TempDatabase.T0);
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      List<Long> ids = s.messages().ids(QueueQuery.newestFirst());
      for (int i = 0; i < 20; i++) {
        s.triage()
            .setStatus(
                List.of(ids.get(i)),
                i % 2 == 0 ? MessageStatus.NO_REPLY_NEEDED : MessageStatus.NEEDS_REPLY,
                "t");
      }
      Database db = s.database();
      var before = db.read(ReplyDebtCounters::sums);
      var debt = s.statsQuery().replyDebt(clock.instant());
      assertThat(db.read(ReplyDebtCounters::rows)).isGreaterThan(before.size());

      ReplyDebtCounters.foldIfLong(db, before.size(), 0);

      assertThat(db.read(ReplyDebtCounters::rows)).isEqualTo(before.size());
      assertThat(db.read(ReplyDebtCounters::sums))
          .isEqualTo(before)
          .isEqualTo(db.read(ReplyDebtCounters::recount));
      assertThat(s.statsQuery().replyDebt(clock.instant())).isEqualTo(debt);
    }
  }
}
