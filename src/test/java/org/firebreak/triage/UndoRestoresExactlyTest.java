package org.firebreak.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Set-wise change sets (ADR 18): after a run of mixed bulk and single actions, undoing them puts
 * every message back exactly (status, assignee, labels, replies), and each change's audit rows name
 * exactly the messages it changed.
 */
class UndoRestoresExactlyTest {

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

  /** What a person would compare: each message's status, assignee and labels, and the replies. */
  private Map<Long, String> state() {
    Map<Long, String> out = new TreeMap<>();
    for (Message m : s.messages().page(QueueQuery.newestFirst().withWindow(0, 100_000))) {
      out.put(m.id(), m.status() + "|" + m.assignee() + "|" + new java.util.TreeSet<>(m.labels()));
    }
    out.put(-1L, "replies=" + s.statsQuery().counts().replies());
    return out;
  }

  private long label(String name) {
    return s.labels().all().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private List<Long> ids(MessageStatus status) {
    return s.messages().ids(QueueQuery.newestFirst().withStatus(status));
  }

  @Test
  void mixedBulkAndSingleActionsUndoneInTurnLeaveEveryMessageAsItWas() {
    Map<Long, String> before = state();
    List<Long> waiting = ids(MessageStatus.NEEDS_REPLY);
    List<Long> some = waiting.subList(0, 40);
    List<ChangeSet> done = new ArrayList<>();
    done.add(
        s.triage().bulk(some, new BulkAction.AddLabel(label("VIP")), "lead", BulkProgress.NONE));
    done.add(s.triage().bulk(some, new BulkAction.Assign("Sarah"), "lead", BulkProgress.NONE));
    done.add(
        s.triage()
            .bulk(
                waiting.subList(20, 60),
                new BulkAction.Reply("Sorry, see example.org"),
                "lead",
                BulkProgress.NONE));
    done.add(s.triage().setStatus(waiting.subList(60, 70), MessageStatus.NO_REPLY_NEEDED, "lead"));
    // the same id twice in one action changes it once
    List<Long> twice = List.of(waiting.get(80), waiting.get(80), waiting.get(81));
    ChangeSet dup =
        s.triage().bulk(twice, new BulkAction.AddLabel(label("press")), "lead", BulkProgress.NONE);
    assertThat(dup.messagesChanged()).isBetween(1, 2);
    done.add(dup);
    done.add(
        s.triage()
            .bulk(
                waiting.subList(0, 30),
                new BulkAction.RemoveLabel(label("needs reply")),
                "lead",
                BulkProgress.NONE));
    assertThat(state()).isNotEqualTo(before);

    for (ChangeSet c : done) {
      long audited =
          s.database()
              .read(
                  conn -> {
                    try (var ps =
                        conn.prepareStatement(
                            "SELECT COUNT(DISTINCT entity_id) FROM audit_log"
                                + " WHERE change_id = ? AND entity = 'message'")) {
                      ps.setLong(1, c.id());
                      try (var rs = ps.executeQuery()) {
                        rs.next();
                        return rs.getLong(1);
                      }
                    }
                  });
      assertThat(audited).as("messages audited in " + c).isEqualTo(c.messagesChanged());
    }
    for (int i = done.size() - 1; i >= 0; i--) {
      s.triage().undo(done.get(i).id(), "lead");
    }
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aBulkReplyUndoneRemovesItsRepliesAndPutsTheNeedsReplyLabelBack() {
    Map<Long, String> before = state();
    List<Long> waiting = ids(MessageStatus.NEEDS_REPLY);
    ChangeSet reply =
        s.triage().bulk(waiting, new BulkAction.Reply("On it"), "lead", BulkProgress.NONE);
    assertThat(reply.messagesChanged()).isEqualTo(waiting.size());
    assertThat(ids(MessageStatus.NEEDS_REPLY)).isEmpty();
    ChangeSet undo = s.triage().undo(reply.id(), "lead");
    assertThat(undo.messagesChanged()).isEqualTo(waiting.size());
    assertThat(state()).isEqualTo(before);
  }
}
