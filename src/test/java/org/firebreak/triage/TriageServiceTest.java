package org.firebreak.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageServiceTest {

  @TempDir Path dir;
  private Services s;
  private List<Message> waiting;

  @BeforeEach
  void demo() {
    s = TempDatabase.open(dir, new MutableClock(TempDatabase.T0));
    s.writeDemo();
    waiting =
        s.messages()
            .page(QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, 20));
  }

  @AfterEach
  void close() {
    s.close();
  }

  private Message reload(long id) {
    return s.messages().page(QueueQuery.newestFirst().withWindow(0, 1000)).stream()
        .filter(m -> m.id() == id)
        .findFirst()
        .orElseThrow();
  }

  private List<Long> ids(int n) {
    return waiting.subList(0, n).stream().map(Message::id).toList();
  }

  private long labelId(String name) {
    return s.labels().all().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void recordingAReplyMarksItRepliedAndTakesItOffTheNeedsReplyCount() {
    long before = s.statsQuery().counts().needsReply();
    long repliesBefore = s.statsQuery().counts().replies();
    Message m = waiting.get(0);
    assertThat(m.labels()).contains("needs reply");

    ChangeSet change =
        s.triage()
            .recordReply(
                List.of(m.id()),
                "We are sorry. Please check aromabrew.example/recall.",
                Optional.empty(),
                "dimas");

    assertThat(change.messagesChanged()).isEqualTo(1);
    Message after = reload(m.id());
    assertThat(after.status()).isEqualTo(MessageStatus.REPLIED);
    assertThat(after.labels()).doesNotContain("needs reply");
    assertThat(s.statsQuery().counts().needsReply()).isEqualTo(before - 1);
    assertThat(s.statsQuery().counts().replies()).isEqualTo(repliesBefore + 1);
    assertThat(s.triage().history(m.id()))
        .extracting(AuditEntry::action)
        .contains("reply.record", "status.set", "label.remove");
  }

  @Test
  void oneUndoRevertsAWholeBulkReplyAndTheAuditLogSaysSo() {
    long before = s.statsQuery().counts().needsReply();
    long repliesBefore = s.statsQuery().counts().replies();
    ChangeSet bulk =
        s.triage()
            .recordReply(ids(10), "Thank you, we are on it.", Optional.of(Platform.X), "dimas");
    assertThat(bulk.messagesChanged()).isEqualTo(10);
    assertThat(s.statsQuery().counts().replies()).isEqualTo(repliesBefore + 10);

    ChangeSet undo = s.triage().undo(bulk.id(), "dimas");

    assertThat(undo.messagesChanged()).isEqualTo(10);
    assertThat(s.statsQuery().counts().needsReply()).isEqualTo(before);
    assertThat(s.statsQuery().counts().replies()).isEqualTo(repliesBefore);
    for (long id : ids(10)) {
      Message m = reload(id);
      assertThat(m.status()).isEqualTo(MessageStatus.NEEDS_REPLY);
      assertThat(m.labels()).contains("needs reply");
      assertThat(s.triage().history(id))
          .extracting(AuditEntry::action)
          .contains("undo.reply.record", "undo.status.set");
    }
    assertThatThrownBy(() -> s.triage().undo(bulk.id(), "dimas"))
        .isInstanceOf(TriageRuleException.class)
        .hasMessageContaining("already undone");
  }

  @Test
  void togglingALabelAddsItToAllThenRemovesItFromAll() {
    long press = labelId("press");
    List<Long> three = ids(3);
    ChangeSet added = s.triage().toggleLabel(three, press, "sarah");
    assertThat(added.action()).isEqualTo("label.add");
    assertThat(three).allSatisfy(id -> assertThat(reload(id).labels()).contains("press"));
    ChangeSet removed = s.triage().toggleLabel(three, press, "sarah");
    assertThat(removed.action()).isEqualTo("label.remove");
    assertThat(three).allSatisfy(id -> assertThat(reload(id).labels()).doesNotContain("press"));
  }

  @Test
  void assigningPutsWaitingMessagesOnAPersonsDesk() {
    List<Long> two = ids(2);
    s.triage().assign(two, "Sarah Collins", "rina");
    assertThat(two)
        .allSatisfy(
            id -> {
              Message m = reload(id);
              assertThat(m.assignee()).isEqualTo("Sarah Collins");
              assertThat(m.status()).isEqualTo(MessageStatus.ASSIGNED);
              assertThat(m.labels()).contains("needs reply");
            });
  }

  @Test
  void markingDoneWithoutAReplyClearsTheNeedsReplyLabel() {
    Message m = waiting.get(1);
    s.triage().setStatus(List.of(m.id()), MessageStatus.NO_REPLY_NEEDED, "dimas");
    assertThat(reload(m.id()).labels()).doesNotContain("needs reply");
    s.triage().setStatus(List.of(m.id()), MessageStatus.NEEDS_REPLY, "dimas");
    assertThat(reload(m.id()).labels()).contains("needs reply");
  }

  @Test
  void anEmptyReplyAndAVanishedLabelAreRefusedWithTheField() {
    assertThatThrownBy(() -> s.triage().recordReply(ids(1), "   ", Optional.empty(), "dimas"))
        .isInstanceOfSatisfying(
            TriageRuleException.class, e -> assertThat(e.field()).isEqualTo("reply"));
    assertThatThrownBy(() -> s.triage().toggleLabel(ids(1), 999_999, "dimas"))
        .isInstanceOfSatisfying(
            TriageRuleException.class, e -> assertThat(e.field()).isEqualTo("label"));
    assertThat(reload(ids(1).get(0)).status()).isEqualTo(MessageStatus.NEEDS_REPLY);
  }
}
