package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.firebreak.app.Services;
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.Department;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybooksCommandTest {

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return FirebreakCommand.execute(
        db -> {}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
  }

  @Test
  void playbooksAndTheCommitteeGoFromOneTeamToAnother() throws Exception {
    try (Services s = Services.open(dir.resolve("a"), Clock.systemUTC())) {
      s.committee()
          .save(new CommitteeMember(0, "Dewi", Department.LEGAL, "Counsel", null, "Rudi"), "t");
      s.playbooks().duplicate(s.playbooks().all().get(0).id(), "Our own playbook", "t");
    }
    Path file = dir.resolve("plan.json");
    assertThat(run("playbooks", "export", file.toString(), "--db", dir.resolve("a").toString()))
        .isZero();
    assertThat(Files.readString(file))
        .contains("\"format\" : \"firebreak-plan\"", "Our own playbook");

    assertThat(run("playbooks", "import", file.toString(), "--db", dir.resolve("b").toString()))
        .isZero();
    assertThat(err.toString())
        .contains("imported 1 new playbooks, replaced 12, 1 committee members");
    try (Services b = Services.open(dir.resolve("b"), Clock.systemUTC())) {
      assertThat(b.playbooks().all()).hasSize(13);
      assertThat(b.committee().load().members())
          .extracting(CommitteeMember::deputy)
          .containsExactly("Rudi");
    }
  }

  @Test
  void aBadFieldIsNamedAndNothingIsImported() throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(
        file,
        """
        {"format": "firebreak-plan", "version": 1, "playbooks": [
          {"name": "Fine", "language": "en", "crisisType": "OUTAGE",
           "severities": [{"name": "High", "windowMinutes": 15}]},
          {"name": "Broken", "language": "en", "crisisType": "OUTAGE",
           "severities": [{"name": "High", "windowMinutes": "soon"}]}
        ]}
        """);
    assertThat(run("playbooks", "import", file.toString(), "--db", dir.resolve("c").toString()))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("bad.json: playbooks[1].severities[0].windowMinutes")
        .contains("Nothing was imported");
    try (Services c = Services.open(dir.resolve("c"), Clock.systemUTC())) {
      assertThat(c.playbooks().all()).noneMatch(p -> p.name().equals("Fine"));
    }
  }

  @Test
  void aMissingFileIsOneLine() {
    assertThat(
            run(
                "playbooks",
                "import",
                dir.resolve("none.json").toString(),
                "--db",
                dir.resolve("d").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).startsWith("firebreak:").contains("does not exist");
  }
}
