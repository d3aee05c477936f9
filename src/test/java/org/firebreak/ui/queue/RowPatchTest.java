package org.firebreak.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.junit.jupiter.api.Test;

/**
 * The rows on screen after a triage key: one row changed where it stands is told to the table as an
 * update of that row (it then redraws that row, not every row on screen), and the rows end equal to
 * the fresh page whatever changed.
 */
class RowPatchTest {

  private static Message message(long id, MessageStatus status) {
    Instant at = Instant.parse("2026-11-24T08:00:00Z").minusSeconds(id);
    return new Message(
        id,
        Platform.values()[0],
        "x" + id,
        null,
        "@a",
        1,
        "text " + id,
        null,
        at,
        at,
        Direction.INBOUND,
        "en",
        0,
        0,
        status,
        null,
        List.of());
  }

  private static List<Message> page(long... ids) {
    List<Message> page = new ArrayList<>();
    for (long id : ids) {
      page.add(message(id, MessageStatus.NEEDS_REPLY));
    }
    return page;
  }

  private static List<String> changes(RowList rows, List<Message> fresh) {
    List<String> seen = new ArrayList<>();
    ListChangeListener<Message> listener =
        c -> {
          while (c.next()) {
            if (c.wasUpdated()) {
              seen.add("updated " + c.getFrom() + ".." + c.getTo());
            } else if (c.wasReplaced()) {
              seen.add("replaced " + c.getFrom() + ".." + c.getTo());
            } else if (c.wasRemoved()) {
              seen.add("removed at " + c.getFrom());
            } else if (c.wasAdded()) {
              seen.add("added " + c.getFrom() + ".." + c.getTo());
            }
          }
        };
    rows.addListener(listener);
    RowPatch.apply(rows, fresh);
    rows.removeListener(listener);
    assertThat(rows).containsExactlyElementsOf(fresh);
    return seen;
  }

  @Test
  void aStatusChangedInPlaceIsAnUpdateOfThatRowOnly() {
    RowList rows = new RowList();
    rows.setAll(page(5, 4, 3, 2));
    List<Message> fresh = page(5, 4, 3, 2);
    fresh.set(1, message(4, MessageStatus.ESCALATED));

    assertThat(changes(rows, fresh)).containsExactly("updated 1..2");
    assertThat(rows.get(1).status()).isEqualTo(MessageStatus.ESCALATED);
  }

  @Test
  void aRowThatLeftTheFilterGoesAndTheNextComesInAtTheBottom() {
    RowList rows = new RowList();
    rows.setAll(page(5, 4, 3));

    assertThat(changes(rows, page(5, 3, 2))).containsExactly("removed at 1", "added 2..3");
  }

  @Test
  void anotherOrderReplacesTheRowsWhole() {
    RowList rows = new RowList();
    rows.setAll(page(5, 4, 3));

    assertThat(changes(rows, page(3, 4, 5))).containsExactly("replaced 0..3");
  }

  @Test
  void nothingChangedIsNoChange() {
    RowList rows = new RowList();
    rows.setAll(page(5, 4, 3));

    assertThat(changes(rows, page(5, 4, 3))).isEmpty();
  }
}
