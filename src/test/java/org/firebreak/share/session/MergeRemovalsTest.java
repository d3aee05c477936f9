package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.store.MergeConflict;
import org.firebreak.store.SessionRows;
import org.firebreak.testing.MutableClock;
import org.firebreak.triage.AuditEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6's merge rules for what one copy took away or changed back: the later audited change to
 * that value wins both ways round, the other stays in the history, and the conflict is reported.
 */
class MergeRemovalsTest {

  @TempDir Path dir;

  private MutableClock c1;
  private MutableClock c2;

  private Services copy(String name, boolean first) {
    MutableClock c = SessionFixture.clock();
    if (first) {
      c1 = c;
    } else {
      c2 = c;
    }
    return SessionFixture.demo(dir, name, c);
  }

  private static Set<String> labelsOf(Services s, Message m) {
    Set<String> names = new HashSet<>();
    new SessionRows(s.database())
        .stream(
            "message_labels",
            r -> {
              if (m.externalId().equals(r.get("m_external_id"))) {
                names.add((String) r.get("label"));
              }
            });
    return names;
  }

  /** A label the message does not carry in the demo. */
  private static long freshLabel(Services s, Message m) {
    Set<String> has = labelsOf(s, m);
    return s.labels().all().stream()
        .filter(l -> !has.contains(l.name().toLowerCase(java.util.Locale.ROOT)))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private Path export(Services s, String name) throws Exception {
    return SessionFixture.export(s, dir.resolve(name + ".firebreak"));
  }

  @Test
  void aLabelRemovedLaterStaysRemovedWhicheverWayTheCopiesAreMerged() throws Exception {
    try (Services one = copy("one", true);
        Services two = copy("two", false)) {
      Message m = SessionFixture.waiting(one, 1).get(0);
      long label = freshLabel(one, m);
      String key =
          one.labels().all().stream().filter(l -> l.id() == label).findFirst().get().name();
      one.triage().toggleLabel(List.of(m.id()), label, "ana"); // both had added it ...
      two.triage().toggleLabel(List.of(m.id()), label, "ana");
      c1.advance(Duration.ofMinutes(5));
      one.triage().toggleLabel(List.of(m.id()), label, "ana"); // ... then Ana took it off
      Path fromOne = export(one, "one");
      Path fromTwo = export(two, "two");

      MergeReport intoTwo = new SessionMerger(two.database()).merge(fromOne);
      MergeReport intoOne = new SessionMerger(one.database()).merge(fromTwo);

      String k = key.toLowerCase(java.util.Locale.ROOT);
      assertThat(labelsOf(two, m)).doesNotContain(k);
      assertThat(labelsOf(one, m)).doesNotContain(k);
      assertThat(intoTwo.updated()).containsEntry("message_labels", 1L);
      assertThat(intoTwo.conflicts())
          .extracting(MergeConflict::field, MergeConflict::kept, MergeConflict::other)
          .containsExactly(tuple("label " + key, "removed", "present"));
      assertThat(intoOne.conflicts())
          .extracting(MergeConflict::field, MergeConflict::kept)
          .containsExactly(tuple("label " + key, "removed"));
      // the history keeps both: the add and the removal
      assertThat(two.triage().history(m.id()))
          .extracting(AuditEntry::action)
          .contains("label.add", "label.remove", "merge.conflict");
      assertThat(SessionChecksums.of(one.database()))
          .isEqualTo(SessionChecksums.of(two.database()));

      MergeReport again = new SessionMerger(two.database()).merge(fromOne);
      assertThat(again.totalAdded()).isZero();
      assertThat(again.totalUpdated()).isZero();
      assertThat(again.conflicts()).isEmpty();
    }
  }

  @Test
  void aLabelPutBackLaterIsKept() throws Exception {
    try (Services one = copy("one", true);
        Services two = copy("two", false)) {
      Message m = SessionFixture.waiting(one, 1).get(0);
      long label = freshLabel(one, m);
      one.triage().toggleLabel(List.of(m.id()), label, "ana");
      two.triage().toggleLabel(List.of(m.id()), label, "ana");
      c1.advance(Duration.ofMinutes(2));
      one.triage().toggleLabel(List.of(m.id()), label, "ana"); // Ana removes it at +2
      c2.advance(Duration.ofMinutes(3));
      two.triage().toggleLabel(List.of(m.id()), label, "ben"); // Ben removes it at +3 ...
      c2.advance(Duration.ofMinutes(1));
      two.triage().toggleLabel(List.of(m.id()), label, "ben"); // ... and puts it back at +4
      Path fromOne = export(one, "one");
      Path fromTwo = export(two, "two");

      new SessionMerger(two.database()).merge(fromOne);
      MergeReport intoOne = new SessionMerger(one.database()).merge(fromTwo);

      assertThat(labelsOf(one, m)).isEqualTo(labelsOf(two, m)).hasSizeGreaterThan(0);
      assertThat(intoOne.added()).containsEntry("message_labels", 1L);
      assertThat(intoOne.conflicts())
          .extracting(MergeConflict::kept, MergeConflict::other)
          .containsExactly(tuple("present", "removed"));
      assertThat(SessionChecksums.of(one.database()))
          .isEqualTo(SessionChecksums.of(two.database()));
    }
  }

  @Test
  void aStatusChangedBackLaterWinsOverAnEarlierChangeEvenAfterOtherWorkOnTheMessage()
      throws Exception {
    try (Services one = copy("one", true);
        Services two = copy("two", false)) {
      Message m = SessionFixture.waiting(one, 1).get(0);
      c1.advance(Duration.ofMinutes(1));
      one.triage().setStatus(List.of(m.id()), MessageStatus.ESCALATED, "ana");
      c2.advance(Duration.ofMinutes(3));
      two.triage().setStatus(List.of(m.id()), MessageStatus.NO_REPLY_NEEDED, "ben");
      c1.advance(Duration.ofMinutes(4));
      one.triage().setStatus(List.of(m.id()), MessageStatus.NEEDS_REPLY, "ana"); // back, at +5
      c2.advance(Duration.ofMinutes(5));
      two.triage().addNote(m.id(), "Called the customer.", "ben"); // later, but not the status
      two.triage().assign(List.of(m.id()), "ben", "ben");
      Path fromOne = export(one, "one");
      Path fromTwo = export(two, "two");

      MergeReport intoTwo = new SessionMerger(two.database()).merge(fromOne);
      new SessionMerger(one.database()).merge(fromTwo);

      for (Services s : List.of(one, two)) {
        Message merged = s.messages().full(m.id()).orElseThrow();
        assertThat(merged.status()).isEqualTo(MessageStatus.NEEDS_REPLY);
        assertThat(merged.assignee()).isEqualTo("ben"); // only Ben assigned it
      }
      assertThat(intoTwo.conflicts())
          .extracting(MergeConflict::field, MergeConflict::kept, MergeConflict::other)
          .contains(tuple("status", "NEEDS_REPLY", "NO_REPLY_NEEDED"));
      assertThat(two.triage().history(m.id()))
          .extracting(AuditEntry::after)
          .contains("ESCALATED", "NO_REPLY_NEEDED", "NEEDS_REPLY");
      assertThat(SessionChecksums.of(one.database()))
          .isEqualTo(SessionChecksums.of(two.database()));
    }
  }

  @Test
  void anUnassignmentLaterWinsAndNotesOfBothAreKept() throws Exception {
    try (Services one = copy("one", true);
        Services two = copy("two", false)) {
      Message m = SessionFixture.waiting(one, 1).get(0);
      one.triage().assign(List.of(m.id()), "ana", "ana");
      two.triage().assign(List.of(m.id()), "ana", "ana");
      c1.advance(Duration.ofMinutes(1));
      one.triage().addNote(m.id(), "Refund sent.", "ana");
      c2.advance(Duration.ofMinutes(2));
      two.triage().assign(List.of(m.id()), null, "ben"); // Ben takes Ana off, later
      two.triage().addNote(m.id(), "Asked for the batch number.", "ben");

      new SessionMerger(one.database()).merge(export(two, "two"));

      Message merged = one.messages().full(m.id()).orElseThrow();
      assertThat(merged.assignee()).isNull();
      assertThat(new SessionRows(one.database()).counts().get("notes"))
          .isEqualTo(new SessionRows(two.database()).counts().get("notes") + 1);
    }
  }
}
