package org.firebreak.triage;

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

/**
 * A bulk action over more messages than H2 takes in one array (65,536) is undone whole. Found by
 * the triage benchmark at a million messages: the undo of a 100,000-message bulk label failed.
 */
class LargeUndoTest {

  private static final int MESSAGES = 66_000;

  @TempDir Path dir;

  @Test
  void aBulkLabelOverSixtySixThousandMessagesIsUndoneWhole() {
    try (Services s = TempDatabase.open(dir, new MutableClock(TempDatabase.T0))) {
      s.database()
          .write(
              c ->
                  c.createStatement()
                      .executeUpdate(
                          "INSERT INTO messages (platform, external_id, author, text, preview,"
                              + " created_at, received_at, direction, status)"
                              + " SELECT 'X', 'm' || x, '@a', 'Still no power', 'Still no power',"
                              + " TIMESTAMP WITH TIME ZONE '2026-11-24 08:00:00+00',"
                              + " TIMESTAMP WITH TIME ZONE '2026-11-24 08:00:00+00',"
                              + " 'INBOUND', 'NEEDS_REPLY' FROM SYSTEM_RANGE(1, "
                              + MESSAGES
                              + ")"));
      long vip = s.labelService().create("VIP", "#1f6feb", null, null, "lead").id();
      QueueQuery waiting = QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY);
      List<Long> ids = s.messages().ids(waiting.withWindow(0, 10));
      assertThat(ids).hasSize(MESSAGES);

      ChangeSet change =
          s.triage().bulk(ids, new BulkAction.AddLabel(vip), "lead", BulkProgress.NONE);
      assertThat(count(s, "SELECT COUNT(*) FROM message_labels WHERE label_id = " + vip))
          .isEqualTo(MESSAGES);

      s.triage().undo(change.id(), "lead");
      assertThat(count(s, "SELECT COUNT(*) FROM message_labels WHERE label_id = " + vip)).isZero();
      assertThat(count(s, "SELECT COUNT(*) FROM messages WHERE status = 'NEEDS_REPLY'"))
          .isEqualTo(MESSAGES);
    }
  }

  /** Counted in SQL: the queue's own count stops at "10,000+". */
  private static long count(Services s, String sql) {
    return s.database()
        .read(
            c -> {
              try (var rs = c.createStatement().executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
              }
            });
  }
}
