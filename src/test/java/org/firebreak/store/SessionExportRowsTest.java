package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's one pass over the messages (ADR 0030) gives every entry the same rows as the joins
 * it replaces: labelled, replied, noted and audited messages, a message deleted since its audit
 * entries were written, and a message written after the messages entry was read.
 */
class SessionExportRowsTest {

  @TempDir Path dir;

  @Test
  void everyEntryHoldsTheRowsTheJoinsGive() throws Exception {
    try (Services s = Services.open(dir.resolve("one"), new MutableClock(TempDatabase.T0))) {
      s.writeDemo();
      List<Message> queue =
          s.messages()
              .page(
                  QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, 6));
      long label = s.labels().all().get(0).id();
      s.triage().toggleLabel(List.of(queue.get(0).id(), queue.get(1).id()), label, "ana");
      s.triage().setStatus(List.of(queue.get(2).id()), MessageStatus.ESCALATED, "ana");
      s.triage()
          .recordReply(
              List.of(queue.get(3).id()), "A refund is on its way.", Optional.empty(), "ben");
      s.triage().addNote(queue.get(4).id(), "Called back.", "ben");
      // a labelled, audited message removed: its audit entries keep its id, not its key
      s.triage().toggleLabel(List.of(queue.get(5).id()), label, "ana");
      s.database()
          .write(
              c -> {
                try (Statement st = c.createStatement()) {
                  st.execute("DELETE FROM message_terms WHERE message_id = " + queue.get(5).id());
                  return st.executeUpdate("DELETE FROM messages WHERE id = " + queue.get(5).id());
                }
              });

      SessionExportRows pass = new SessionExportRows(s.database());
      for (String entry : SessionRows.ENTRIES) {
        if (entry.equals("message_labels")) {
          // written after the messages entry was read: found by its id, as the join found it
          s.triage().toggleLabel(List.of(queue.get(2).id()), label, "ana");
        }
        assertThat(rows(pass, entry)).as(entry).isEqualTo(joined(s.database(), entry));
      }
      assertThat(rows(pass, "audit")).anyMatch(r -> r.contains("entity_id=" + queue.get(5).id()));
      assertThat(rows(pass, "message_labels")).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  /** The entry's rows through the export's pass, each as its fields sorted by name. */
  private static List<String> rows(SessionExportRows pass, String entry) {
    List<String> out = new ArrayList<>();
    pass.stream(
        entry,
        new SessionRows.ColumnSink() {
          private String[] names;

          @Override
          public void columns(String[] columnNames) {
            names = columnNames;
          }

          @Override
          public void row(Object[] values) {
            String[] fields = new String[names.length];
            for (int i = 0; i < names.length; i++) {
              fields[i] = names[i] + "=" + values[i];
            }
            Arrays.sort(fields);
            out.add(String.join(", ", fields));
          }
        });
    return out;
  }

  /** The same entry through the joins of {@link SessionRows#stream}. */
  private static List<String> joined(Database db, String entry) {
    List<String> out = new ArrayList<>();
    new SessionRows(db)
        .stream(
            entry,
            row -> {
              String[] fields =
                  row.entrySet().stream()
                      .map(e -> e.getKey() + "=" + e.getValue())
                      .toArray(String[]::new);
              Arrays.sort(fields);
              out.add(String.join(", ", fields));
            });
    return out;
  }
}
