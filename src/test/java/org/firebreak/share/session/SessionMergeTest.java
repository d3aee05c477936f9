package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.statements.Statement;
import org.firebreak.store.MergeConflict;
import org.firebreak.store.SessionRows;
import org.firebreak.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two people work on copies of the demo incident; their files are merged. */
class SessionMergeTest {

  @TempDir Path dir;

  private record Pair(Services one, Services two) implements AutoCloseable {
    @Override
    public void close() {
      one.close();
      two.close();
    }
  }

  /** Person 1 and person 2 label and reply to different messages and edit the same statement. */
  private Pair work(String a, String b) {
    MutableClock c1 = SessionFixture.clock();
    MutableClock c2 = SessionFixture.clock();
    Services one = SessionFixture.demo(dir, a, c1);
    Services two = SessionFixture.demo(dir, b, c2);
    List<Message> queue = SessionFixture.waiting(one, 10);
    long label1 = one.labels().all().get(0).id();
    long label2 = two.labels().all().get(1).id();
    one.triage().toggleLabel(List.of(queue.get(0).id()), label1, "ana");
    one.triage()
        .recordReply(List.of(queue.get(1).id()), "Refund is on its way.", Optional.empty(), "ana");
    two.triage().toggleLabel(List.of(queue.get(2).id()), label2, "ben");
    two.triage().recordReply(List.of(queue.get(3).id()), "Please DM us.", Optional.empty(), "ben");
    // both change the status of the same message; person 2 does so later
    c1.advance(Duration.ofMinutes(1));
    one.triage().setStatus(List.of(queue.get(4).id()), MessageStatus.ESCALATED, "ana");
    c2.advance(Duration.ofMinutes(3));
    two.triage().setStatus(List.of(queue.get(4).id()), MessageStatus.NO_REPLY_NEEDED, "ben");
    Statement s1 = one.statementService().get(one.statementService().list().get(0).id());
    one.statementService()
        .saveDraft(
            s1.id(), s1.version(), "Our ovens are safe to use; checks are under way.", "ana");
    Statement s2 = two.statementService().get(two.statementService().list().get(0).id());
    c2.advance(Duration.ofMinutes(1));
    two.statementService()
        .saveDraft(s2.id(), s2.version(), "We are checking every oven sold since May.", "ben");
    return new Pair(one, two);
  }

  @Test
  void mergedIncidentHoldsAllWorkAndShowsTheConflict() throws Exception {
    try (Pair p = work("one", "two")) {
      Path file = SessionFixture.export(p.one(), dir.resolve("one.firebreak"));
      // labels person 2 took off (the later change): they stay off
      java.util.Set<String> removedByTwo = new java.util.HashSet<>();
      new SessionRows(p.two().database())
          .stream(
              "audit",
              r -> {
                if ("label.remove".equals(r.get("action"))) {
                  removedByTwo.add(r.get("m_external_id") + "/" + r.get("before_value"));
                }
              });
      MergeReport report = new SessionMerger(p.two().database()).merge(file);

      assertThat(report.added())
          .containsEntry("replies", 1L)
          .containsEntry("statement_versions", 1L);
      java.util.Set<String> labelled = new java.util.HashSet<>();
      new SessionRows(p.two().database())
          .stream(
              "message_labels", r -> labelled.add(r.get("m_external_id") + "/" + r.get("label")));
      java.util.Set<String> fromOne = new java.util.HashSet<>();
      new SessionRows(p.one().database())
          .stream(
              "message_labels", r -> fromOne.add(r.get("m_external_id") + "/" + r.get("label")));
      assertThat(removedByTwo).isNotEmpty();
      fromOne.removeAll(removedByTwo);
      assertThat(labelled).containsAll(fromOne).doesNotContainAnyElementsOf(removedByTwo);
      assertThat(report.conflicts())
          .extracting(
              MergeConflict::kind, MergeConflict::field, MergeConflict::kept, MergeConflict::other)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  "message", "status", "NO_REPLY_NEEDED", "ESCALATED"));
      long statement = p.two().statementService().list().get(0).id();
      assertThat(p.two().statementService().versions(statement))
          .extracting(v -> v.text())
          .contains(
              "Our ovens are safe to use; checks are under way.",
              "We are checking every oven sold since May.");
      assertThat(report.toJson()).contains("\"conflicts\"", "ESCALATED", "NO_REPLY_NEEDED");
      // both edited the same statement: both versions are kept and the edit is a conflict
      assertThat(report.conflicts())
          .filteredOn(c -> c.kind().equals("statement"))
          .extracting(MergeConflict::kept, MergeConflict::other)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "We are checking every oven sold since May. (ben)",
                  "Our ovens are safe to use; checks are under way. (ana)"));

      MergeReport again = new SessionMerger(p.two().database()).merge(file);
      assertThat(again.totalAdded()).isZero();
      assertThat(again.totalUpdated()).isZero();
      assertThat(again.conflicts()).isEmpty();
    }
  }

  @Test
  void mergingEitherWayGivesTheSameIncident() throws Exception {
    try (Pair x = work("a1", "b1");
        Pair y = work("a2", "b2")) {
      Path a = SessionFixture.export(x.one(), dir.resolve("a.firebreak"));
      Path b = SessionFixture.export(y.two(), dir.resolve("b.firebreak"));
      new SessionMerger(x.two().database()).merge(a); // A into B
      new SessionMerger(y.one().database()).merge(b); // B into A
      assertThat(SessionChecksums.of(x.two().database()))
          .isEqualTo(SessionChecksums.of(y.one().database()));
      assertThat(new SessionRows(x.two().database()).counts())
          .isEqualTo(new SessionRows(y.one().database()).counts());
    }
  }
}
