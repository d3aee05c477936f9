package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Platform;
import org.firebreak.plan.ChecklistItem;
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.Department;
import org.firebreak.plan.Playbook;
import org.firebreak.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playbooks, the committee and the checklist travel with a session file and merge by name. */
class PlanSessionTest {

  @TempDir Path dir;

  private static Playbook named(Services s, String name) {
    return s.playbooks().all().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private Services prepared(String name, MutableClock clock) {
    Services s = Services.open(dir.resolve(name), clock);
    s.committee()
        .save(new CommitteeMember(0, "Dewi", Department.LEGAL, "Counsel", "dewi@x", "Rudi"), "a");
    s.committee().markMet("a");
    s.playbooks().duplicate(named(s, "Outage").id(), "Outage (payments)", "a");
    s.playbooks()
        .declare(named(s, "Outage").id(), "High", "Down", Cause.INTERNAL, Platform.X, "a", null);
    s.playbooks().tick(s.playbooks().checklist().get(0).id(), true, "ana");
    return s;
  }

  @Test
  void aSessionFileCarriesPlaybooksCommitteeAndChecklist() throws Exception {
    MutableClock clock = SessionFixture.clock();
    Path file;
    try (Services source = prepared("source", clock)) {
      file = SessionFixture.export(source, dir.resolve("plan.firebreak"));
    }
    SessionOpener.open(file, dir.resolve("copy"));
    try (Services copy = Services.open(dir.resolve("copy"), clock)) {
      assertThat(copy.playbooks().all()).hasSize(13);
      assertThat(named(copy, "Outage (payments)").builtIn()).isFalse();
      assertThat(copy.committee().load().members())
          .extracting(CommitteeMember::name, CommitteeMember::deputy)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("Dewi", "Rudi"));
      assertThat(copy.committee().load().lastMet()).isEqualTo(clock.instant());
      List<ChecklistItem> checklist = copy.playbooks().checklist();
      assertThat(checklist.get(0).doneBy()).isEqualTo("ana");
      assertThat(checklist).hasSize(named(copy, "Outage").checklist().size() + 3 + 3);
    }
  }

  @Test
  void mergingUnitesMembersKeepsTheLaterEditAndTheLaterMeeting() throws Exception {
    MutableClock clock = SessionFixture.clock();
    Path file;
    try (Services theirs = prepared("theirs", clock)) {
      clock.advance(Duration.ofMinutes(5));
      Playbook p = named(theirs, "Outage (payments)");
      theirs
          .playbooks()
          .save(
              new Playbook(
                  p.id(),
                  p.name(),
                  p.language(),
                  p.type(),
                  p.cause(),
                  false,
                  List.of(new Playbook.Severity("Sev 1", 5)),
                  p.checklist(),
                  p.statements(),
                  p.labels(),
                  p.rules(),
                  p.hub(),
                  p.mustBeTold()),
              "b");
      file = SessionFixture.export(theirs, dir.resolve("theirs.firebreak"));
    }
    // ours edited the same playbook earlier than they did
    try (Services ours = Services.open(dir.resolve("ours"), SessionFixture.clock())) {
      ours.committee()
          .save(new CommitteeMember(0, "Budi", Department.PRODUCT, null, null, null), "a");
      ours.playbooks().duplicate(named(ours, "Outage").id(), "Outage (payments)", "a");
      ours.committee().setPublishingTools(List.of("Sprout Social"), "a");
      MergeReport report = ours.sessionMerger().merge(file);
      assertThat(report.added()).containsEntry("committee", 1L);
      assertThat(named(ours, "Outage (payments)").severities())
          .containsExactly(new Playbook.Severity("Sev 1", 5));
      assertThat(ours.committee().load().members())
          .extracting(CommitteeMember::name)
          .containsExactlyInAnyOrder("Dewi", "Budi");
      assertThat(ours.committee().load().publishingTools())
          .containsExactly("Sprout Social", "Hootsuite", "Buffer", "Meta Business Suite");
      assertThat(ours.committee().load().lastMet()).isNotNull();
      // merging the same file again changes nothing
      MergeReport again = ours.sessionMerger().merge(file);
      assertThat(again.added()).doesNotContainKeys("committee", "playbooks", "checklist");
      assertThat(ours.playbooks().all()).hasSize(13);
    }
  }
}
