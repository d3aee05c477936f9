package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.QueueQuery;
import org.firebreak.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open loads messages with their plain indexes dropped and builds them after: the opened database
 * has every index a new one has, with the same columns, and the queue reads through them. The
 * opened database (built aside and moved into place, ADR 0030) has every trigger of the one
 * exported and reply-debt counters equal to a full recount, and keeps them so afterwards.
 */
class OpenIndexesTest {

  @TempDir Path dir;

  private static List<String> indexes(Database db) {
    return db.read(
        c -> {
          List<String> out = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT i.TABLE_NAME, i.INDEX_NAME, k.COLUMN_NAME, k.ORDERING_SPECIFICATION"
                          + " FROM INFORMATION_SCHEMA.INDEXES i JOIN"
                          + " INFORMATION_SCHEMA.INDEX_COLUMNS k ON k.INDEX_NAME = i.INDEX_NAME"
                          + " AND k.INDEX_SCHEMA = i.INDEX_SCHEMA WHERE i.TABLE_SCHEMA = 'PUBLIC'"
                          + " AND NOT i.IS_GENERATED ORDER BY 1, 2, k.ORDINAL_POSITION")) {
            while (rs.next()) {
              out.add(
                  rs.getString(1)
                      + "."
                      + rs.getString(2)
                      + "("
                      + rs.getString(3)
                      + " "
                      + rs.getString(4)
                      + ")");
            }
          }
          return out;
        });
  }

  private static List<String> triggers(Database db) {
    return db.read(
        c -> {
          List<String> out = new ArrayList<>();
          try (ResultSet rs =
              c.createStatement()
                  .executeQuery(
                      "SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING,"
                          + " ACTION_ORIENTATION, JAVA_CLASS FROM INFORMATION_SCHEMA.TRIGGERS"
                          + " ORDER BY 1, 2")) {
            while (rs.next()) {
              StringBuilder t = new StringBuilder();
              for (int i = 1; i <= 6; i++) {
                t.append(rs.getString(i)).append(' ');
              }
              out.add(t.toString());
            }
          }
          return out;
        });
  }

  @Test
  void anOpenedDatabaseHasEveryTriggerAndItsReplyDebtCountersAddUp() throws Exception {
    try (Services demo = SessionFixture.demo(dir, "demo", SessionFixture.clock())) {
      List<org.firebreak.queue.Message> queue = SessionFixture.waiting(demo, 3);
      long label = demo.labels().all().get(0).id();
      demo.triage().toggleLabel(List.of(queue.get(0).id(), queue.get(1).id()), label, "ana");
      demo.triage()
          .recordReply(
              List.of(queue.get(1).id()), "On its way.", java.util.Optional.empty(), "ben");
      Path file = SessionFixture.export(demo, dir.resolve("demo.firebreak"));
      SessionOpener.open(file, dir.resolve("opened"));
      try (Services opened = Services.open(dir.resolve("opened"), SessionFixture.clock())) {
        assertThat(triggers(opened.database()))
            .hasSizeGreaterThanOrEqualTo(10)
            .isEqualTo(triggers(demo.database()));
        Database db = opened.database();
        assertThat(db.read(org.firebreak.store.ReplyDebtCounters::sums))
            .isNotEmpty()
            .isEqualTo(db.read(org.firebreak.store.ReplyDebtCounters::recount))
            .isEqualTo(demo.database().read(org.firebreak.store.ReplyDebtCounters::recount));
        // the triggers work again: a label and a status set after the open are counted
        List<org.firebreak.queue.Message> waiting = SessionFixture.waiting(opened, 2);
        long openedLabel = opened.labels().all().get(0).id();
        opened.triage().toggleLabel(List.of(waiting.get(0).id()), openedLabel, "ana");
        opened
            .triage()
            .setStatus(
                List.of(waiting.get(1).id()),
                org.firebreak.queue.MessageStatus.NO_REPLY_NEEDED,
                "ana");
        assertThat(db.read(org.firebreak.store.ReplyDebtCounters::sums))
            .isEqualTo(db.read(org.firebreak.store.ReplyDebtCounters::recount));
      }
    }
  }

  @Test
  void anOpenedDatabaseHasEveryIndexOfANewOne() throws Exception {
    try (Services demo = SessionFixture.demo(dir, "demo", SessionFixture.clock())) {
      Path file = SessionFixture.export(demo, dir.resolve("demo.firebreak"));
      SessionOpener.open(file, dir.resolve("opened"));
      List<String> expected;
      try (Database fresh = Database.open(dir.resolve("fresh"))) {
        expected = indexes(fresh);
      }
      try (Services opened = Services.open(dir.resolve("opened"), SessionFixture.clock())) {
        assertThat(expected)
            .anyMatch(i -> i.startsWith("MESSAGES.IX_MESSAGES_PRIORITY(PRIORITY DESC"));
        assertThat(indexes(opened.database())).containsExactlyElementsOf(expected);
        QueueQuery byPriority =
            QueueQuery.newestFirst()
                .withSort(org.firebreak.queue.QueueSort.PRIORITY, true)
                .withWindow(0, 20);
        assertThat(opened.messages().page(byPriority))
            .extracting(org.firebreak.queue.Message::externalId)
            .hasSize(20)
            .isEqualTo(
                demo.messages().page(byPriority).stream()
                    .map(org.firebreak.queue.Message::externalId)
                    .toList());
      }
    }
  }
}
