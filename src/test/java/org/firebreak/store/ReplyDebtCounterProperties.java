package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.share.session.SessionMerger;
import org.firebreak.share.session.SessionOpener;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.triage.BulkAction;
import org.firebreak.triage.BulkProgress;
import org.firebreak.triage.ChangeSet;
import org.firebreak.triage.Label;
import org.firebreak.triage.LabelRule;

/**
 * The reply-debt counters the triggers keep equal a full recount from the messages, labels and
 * replies, after random triage, bulk actions, undo, intake with rule labels (and an import taken
 * back), label deletion and a merge, on the demo incident; the reply debt read from them equals the
 * old full pass at odd moments; a session opened from the result has the same counters as its
 * recount.
 */
class ReplyDebtCounterProperties {

  /** One step: what, and two numbers choosing messages, labels, statuses or minutes. */
  record Step(int kind, int a, int b) {}

  private static final MessageStatus[] STATUSES = MessageStatus.values();

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 10_000))
        .as(Step::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(14);
  }

  @Property(tries = 12)
  void countersEqualAFullRecount(@ForAll("steps") List<Step> steps) throws Exception {
    Path dir = Files.createTempDirectory("reply-debt-property");
    MutableClock clock = new MutableClock(TempDatabase.T0);
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      long refund = s.labels().all().get(0).id();
      s.labelService().addRule(refund, LabelRule.Kind.KEYWORD, "refund", "t");
      Path before = dir.resolve("before.firebreak");
      s.sessionExporter().export(before, "t", (done, total) -> {});
      List<ChangeSet> done = new ArrayList<>();
      int imported = 0;
      for (Step step : steps) {
        List<Long> ids = s.messages().ids(QueueQuery.newestFirst());
        List<Label> labels = s.labels().all();
        int from = step.a() % ids.size();
        List<Long> some = ids.subList(from, Math.min(ids.size(), from + 1 + step.b() % 60));
        long label = labels.isEmpty() ? -1 : labels.get(step.b() % labels.size()).id();
        MessageStatus status = STATUSES[step.a() % STATUSES.length];
        switch (step.kind()) {
          case 0 -> done.add(s.triage().setStatus(some, status, "t"));
          case 1 -> {
            if (label > 0) {
              done.add(s.triage().toggleLabel(some, label, "t"));
            }
          }
          case 2 -> done.add(s.triage().recordReply(some, "Thanks", Optional.empty(), "t"));
          case 3 -> {
            if (label > 0) {
              BulkAction action =
                  step.a() % 2 == 0
                      ? new BulkAction.AddLabel(label)
                      : new BulkAction.RemoveLabel(label);
              done.add(s.triage().bulk(some, action, "t", BulkProgress.NONE));
            }
          }
          case 4 ->
              done.add(
                  s.triage().bulk(some, new BulkAction.SetStatus(status), "t", BulkProgress.NONE));
          case 5 ->
              done.add(
                  s.triage().bulk(some, new BulkAction.Reply("On it"), "t", BulkProgress.NONE));
          case 6 -> {
            if (!done.isEmpty()) {
              s.triage().undo(done.remove(done.size() - 1).id(), "t");
            }
          }
          case 7 -> clock.advance(Duration.ofSeconds(1 + step.a() % 900));
          case 8 -> {
            String text =
                "{\"id\":\"n"
                    + imported++
                    + "\",\"platform\":\"x\",\"author\":\"ana\",\"text\":\"A refund please\"}";
            s.intake()
                .run(
                    "new.ndjson",
                    new SourceOpener(ColumnMapping.generic())
                        .open(
                            "new.ndjson",
                            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                            SourceFormat.NDJSON),
                    ImportControl.silent());
            if (step.b() % 2 == 1) {
              // an import that failed halfway takes its rows back, rule labels included
              long id =
                  s.database()
                      .read(
                          c -> {
                            try (var ps =
                                    c.prepareStatement(
                                        "SELECT MAX(id) FROM messages WHERE external_id LIKE 'n%'");
                                var rs = ps.executeQuery()) {
                              rs.next();
                              return rs.getLong(1);
                            }
                          });
              s.intakeStore().remove(new long[] {id});
            }
          }
          case 9 -> {
            if (labels.size() > 1) {
              Long moveTo =
                  step.a() % 2 == 0 ? null : labels.get((step.b() + 1) % labels.size()).id();
              s.labelService().delete(label, moveTo, "t");
              done.clear();
            }
          }
          default -> {
            new SessionMerger(s.database()).merge(before);
            done.clear();
          }
        }
        // a change that changed nothing has nothing to undo
        done.removeIf(change -> change.messagesChanged() == 0);
      }
      assertThat(s.database().read(ReplyDebtCounters::sums))
          .as("counters after %s", steps)
          .isEqualTo(s.database().read(ReplyDebtCounters::recount));
      for (long back : new long[] {0, 37, 611, 3_599}) {
        var at = clock.instant().minusSeconds(back);
        assertThat(s.statsQuery().replyDebt(at))
            .as("reply debt at %s after %s", at, steps)
            .isEqualTo(ReplyDebtFullRecount.replyDebt(s.database(), at));
      }
      Path after = dir.resolve("after.firebreak");
      s.sessionExporter().export(after, "t", (d, total) -> {});
      SessionOpener.open(after, dir.resolve("opened"));
      try (Database opened = Database.open(dir.resolve("opened"))) {
        assertThat(opened.read(ReplyDebtCounters::sums))
            .isEqualTo(opened.read(ReplyDebtCounters::recount));
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
