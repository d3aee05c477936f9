package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.triage.BulkAction;
import org.firebreak.triage.BulkProgress;
import org.firebreak.triage.ChangeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Label rows changed by one statement have their messages read together when it ends (ADR 29): the
 * counters still equal a full recount after a bulk label, its undo, a label deleted into another (a
 * MERGE), and a label deletion whose cascade removes more label rows in one statement than one
 * query's array holds.
 */
class ReplyDebtLabelRowsTest {

  private static final int MESSAGES = PendingLabelRows.SLICE + 6_000;

  @TempDir Path dir;

  @Test
  void countersEqualTheRecountAfterBulkUndoAndAWholeLabelDeleted() {
    try (Services s = TempDatabase.open(dir, new MutableClock(TempDatabase.T0))) {
      s.database()
          .write(
              c -> {
                try (var st = c.createStatement()) {
                  // statuses of every kind, a tenth outbound, spread over two hours
                  st.executeUpdate(
                      "INSERT INTO messages (platform, external_id, author, text, preview,"
                          + " created_at, received_at, direction, status)"
                          + " SELECT 'X', 'm' || x, '@a', 'Still no power', 'Still no power',"
                          + " DATEADD(SECOND, x / 10, TIMESTAMP WITH TIME ZONE"
                          + " '2026-11-24 08:00:00+00'),"
                          + " DATEADD(SECOND, x / 10, TIMESTAMP WITH TIME ZONE"
                          + " '2026-11-24 08:00:00+00'),"
                          + " CASE WHEN MOD(x, 10) = 9 THEN 'OUTBOUND' ELSE 'INBOUND' END,"
                          + " CASE MOD(x, 5) WHEN 0 THEN 'NEEDS_REPLY' WHEN 1 THEN 'ASSIGNED'"
                          + " WHEN 2 THEN 'REPLIED' WHEN 3 THEN 'NO_REPLY_NEEDED'"
                          + " ELSE 'ESCALATED' END FROM SYSTEM_RANGE(1, "
                          + MESSAGES
                          + ")");
                  // one reply on some messages, two on a few
                  st.executeUpdate(
                      "INSERT INTO replies (message_id, text, sent_by, sent_at, platform)"
                          + " SELECT id, 'On it', 'Dewi', DATEADD(MINUTE, MOD(id, 90),"
                          + " received_at), 'X' FROM messages WHERE MOD(id, 7) = 0"
                          + " UNION ALL SELECT id, 'Fixed', 'Dewi', DATEADD(MINUTE, 200,"
                          + " received_at), 'X' FROM messages WHERE MOD(id, 21) = 0");
                }
                return null;
              });
      assertCountersEqualRecount(s);
      long vip = s.labelService().create("VIP", "#1f6feb", null, null, "lead").id();
      List<Long> ids = s.messages().ids(QueueQuery.newestFirst().withWindow(0, 10));
      assertThat(ids).hasSize(MESSAGES);

      ChangeSet change =
          s.triage().bulk(ids, new BulkAction.AddLabel(vip), "lead", BulkProgress.NONE);
      assertThat(change.messagesChanged()).isEqualTo(MESSAGES);
      assertCountersEqualRecount(s);

      s.triage().undo(change.id(), "lead");
      assertCountersEqualRecount(s);

      s.triage().bulk(ids, new BulkAction.AddLabel(vip), "lead", BulkProgress.NONE);
      long press = s.labelService().create("Press", "#8250df", null, null, "lead").id();
      s.labelService().delete(vip, press, "lead");
      assertCountersEqualRecount(s);

      s.labelService().delete(press, null, "lead");
      assertThat((long) s.database().read(c -> count(c, "SELECT COUNT(*) FROM message_labels")))
          .isZero();
      assertCountersEqualRecount(s);
    }
  }

  private static void assertCountersEqualRecount(Services s) {
    assertThat(s.database().read(ReplyDebtCounters::sums))
        .isNotEmpty()
        .isEqualTo(s.database().read(ReplyDebtCounters::recount));
  }

  private static long count(java.sql.Connection c, String sql) throws java.sql.SQLException {
    try (var rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
