package org.firebreak.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueFilter;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything matching a filter, changed as one change set: whole, undoable, cancellable. */
class BulkByFilterTest {

  @TempDir Path dir;
  private Services s;

  @BeforeEach
  void demo() {
    s = TempDatabase.open(dir, new MutableClock(TempDatabase.T0));
    s.writeDemo();
  }

  @AfterEach
  void close() {
    s.close();
  }

  private long label(String name) {
    return s.labels().all().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private long carrying(long labelId) {
    return s.messages()
        .count(QueueQuery.newestFirst().withFilter(QueueFilter.NONE.withLabel(labelId)));
  }

  @Test
  void everyMessageMatchingTheFilterNotJustAPageIsChangedAndOneUndoRevertsItWhole() {
    QueueQuery waiting =
        QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, 10);
    List<Long> ids = s.messages().ids(waiting);
    assertThat(ids).hasSizeGreaterThan(10).hasSize((int) s.messages().count(waiting));
    long vip = label("VIP");
    long before = carrying(vip);

    long[] lastProgress = new long[2];
    ChangeSet change =
        s.triage()
            .bulk(
                ids,
                new BulkAction.AddLabel(vip),
                "lead",
                new BulkProgress() {
                  @Override
                  public void done(long messages, long total) {
                    lastProgress[0] = messages;
                    lastProgress[1] = total;
                  }

                  @Override
                  public boolean cancelled() {
                    return false;
                  }
                });

    assertThat(lastProgress).containsExactly(ids.size(), ids.size());
    assertThat(carrying(vip)).isGreaterThanOrEqualTo(ids.size());
    assertThat(change.messagesChanged()).isGreaterThan(10);
    s.triage().undo(change.id(), "lead");
    assertThat(carrying(vip)).isEqualTo(before);
  }

  @Test
  void aCancelledBulkActionChangesNothing() {
    List<Long> ids = s.messages().ids(QueueQuery.newestFirst());
    long repliesBefore = s.statsQuery().counts().replies();
    assertThatThrownBy(
            () ->
                s.triage()
                    .bulk(
                        ids,
                        new BulkAction.Reply("Thanks, we are on it"),
                        "lead",
                        new BulkProgress() {
                          @Override
                          public void done(long messages, long total) {}

                          @Override
                          public boolean cancelled() {
                            return true;
                          }
                        }))
        .isInstanceOf(BulkCancelledException.class);
    assertThat(s.statsQuery().counts().replies()).isEqualTo(repliesBefore);
  }

  @Test
  void aLabelDeletedBeforeOrWhileABulkActionUsesItLeavesAllOrNothing() {
    List<Long> ids = s.messages().ids(QueueQuery.newestFirst());
    long praise = label("praise");
    s.labelService().delete(praise, null, "lead");
    assertThatThrownBy(
            () -> s.triage().bulk(ids, new BulkAction.AddLabel(praise), "lead", BulkProgress.NONE))
        .hasMessageContaining("no longer exists");

    // deleted from another connection while the bulk action is half-way through
    long spam = label("spam");
    long before = carrying(spam);
    Throwable[] deleteFailure = new Throwable[1];
    Throwable bulkFailure = null;
    try {
      s.triage()
          .bulk(
              ids,
              new BulkAction.AddLabel(spam),
              "lead",
              new BulkProgress() {
                @Override
                public void done(long messages, long total) {
                  try {
                    s.labelService().delete(spam, null, "other");
                  } catch (RuntimeException e) {
                    deleteFailure[0] = e;
                  }
                }

                @Override
                public boolean cancelled() {
                  return false;
                }
              });
    } catch (RuntimeException e) {
      bulkFailure = e;
    }
    boolean labelExists = s.labels().all().stream().anyMatch(l -> l.id() == spam);
    if (labelExists) {
      // the delete waited for the bulk action and gave up: the bulk action is whole
      assertThat(deleteFailure[0]).isNotNull();
      assertThat(bulkFailure).isNull();
      assertThat(carrying(spam)).isEqualTo(ids.size());
    } else {
      // the delete won: the bulk action left nothing behind
      assertThat(bulkFailure).isNotNull();
      assertThat(before).isGreaterThanOrEqualTo(0);
    }
  }
}
