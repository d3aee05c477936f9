package org.firebreak.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plan files are checked whole; a bad one is refused by the file and the field. */
class PlanFileTest {

  private static final String HEAD = "{\"format\":\"firebreak-plan\",\"version\":1,";

  private static String playbook(String fields) {
    return HEAD
        + "\"playbooks\":[{\"name\":\"P\",\"language\":\"en\",\"crisisType\":\"OUTAGE\","
        + "\"severities\":[{\"name\":\"High\",\"windowMinutes\":15}]"
        + fields
        + "}]}";
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = ';',
      value = {
        ",\"language\":\"fr\"; playbooks[0].language",
        ",\"crisisType\":\"BAD_HAIR_DAY\"; playbooks[0].crisisType",
        ",\"checklist\":[\"ok\", 3]; playbooks[0].checklist[1]",
        ",\"holdingStatements\":[{\"title\":\"T\"}]; playbooks[0].holdingStatements[0].text",
        ",\"labels\":[{\"name\":\"x\",\"colour\":\"red\"}]; playbooks[0].labels[0].colour",
        ",\"rules\":[{\"label\":\"nobody\",\"kind\":\"KEYWORD\",\"value\":\"v\"}];"
            + " playbooks[0].rules[0].label",
        ",\"rules\":[{\"label\":\"spam\",\"kind\":\"REGEX\",\"value\":\"(\"}];"
            + " playbooks[0].rules[0].value",
        ",\"hub\":{\"faq\":[{\"question\":\"Q\"}]}; playbooks[0].hub.faq[0].answer",
        ",\"severities\":[]; playbooks[0].severities",
      })
  void aBadFieldIsNamed(String fields, String path) {
    // later fields win in Jackson's tree, so the bad value replaces the good one
    assertThatThrownBy(() -> PlanFile.read(playbook(fields), "team.json"))
        .isInstanceOf(PlanRuleException.class)
        .hasMessageStartingWith("team.json: " + path + ":");
  }

  @Test
  void brokenJsonIsRefusedByLineAndColumn() {
    assertThatThrownBy(() -> PlanFile.read(HEAD + "\n\"playbooks\": [,]}", "team.json"))
        .hasMessageStartingWith("team.json: line 2, column");
  }

  @Test
  void aFileFromANewerFirebreakOrAnotherProgramIsRefused() {
    assertThatThrownBy(
            () -> PlanFile.read("{\"format\":\"firebreak-plan\",\"version\":9}", "new.json"))
        .hasMessageContaining("version: is 9, written by a newer Firebreak");
    assertThatThrownBy(() -> PlanFile.read("{\"playbooks\":[]}", "other.json"))
        .hasMessageContaining("format: must be \"firebreak-plan\"");
  }

  @Test
  void twoPlaybooksOfOneNameAndTwoMembersOfOneNameAreRefused() {
    String two =
        HEAD
            + "\"playbooks\":[{\"name\":\"P\",\"language\":\"en\",\"crisisType\":\"OUTAGE\","
            + "\"severities\":[{\"name\":\"H\",\"windowMinutes\":5}]},"
            + "{\"name\":\"p\",\"language\":\"id\",\"crisisType\":\"OUTAGE\","
            + "\"severities\":[{\"name\":\"H\",\"windowMinutes\":5}]}]}";
    assertThatThrownBy(() -> PlanFile.read(two, "f.json"))
        .hasMessageContaining("playbooks[1].name");
    String members =
        HEAD + "\"committee\":{\"members\":[{\"name\":\"Dewi\"},{\"name\":\"dewi\"}]}}";
    assertThatThrownBy(() -> PlanFile.read(members, "f.json"))
        .hasMessageContaining("committee.members[1].name");
  }

  @Test
  void whatIsWrittenIsReadBackTheSame() {
    List<Playbook> builtIns = PlaybookService.builtIns();
    Committee committee =
        new Committee(
            List.of(new CommitteeMember(0, "Dewi", Department.LEGAL, "Counsel", "d@x", "Rudi")),
            MeetingCadence.WEEKLY,
            Instant.parse("2026-11-20T09:00:00Z"),
            List.of("Buffer"));
    PlanFile back = PlanFile.read(new PlanFile(builtIns, committee).toJson(), "round.json");
    assertThat(back.playbooks()).isEqualTo(builtIns);
    assertThat(back.committee()).isEqualTo(committee);
  }

  @Test
  void aCommitteeMeetingIsDueAfterItsCadence() {
    Instant met = Instant.parse("2026-11-24T08:00:00Z");
    Committee weekly =
        new Committee(
            List.of(new CommitteeMember(0, "D", Department.LEGAL, null, null, null)),
            MeetingCadence.WEEKLY,
            met,
            List.of());
    assertThat(weekly.reminder(met.plusSeconds(7 * 86400))).isEmpty();
    assertThat(weekly.reminder(met.plusSeconds(8 * 86400)))
        .hasValueSatisfying(r -> assertThat(r.late().toDays()).isEqualTo(1));
    assertThat(new Committee(List.of(), MeetingCadence.WEEKLY, null, List.of()).reminder(met))
        .as("no committee yet, nothing to remind")
        .isEmpty();
  }

  @Test
  void editorLinesAreRefusedByBoxAndLine() {
    assertThat(PlaybookLines.severities("Low = 60\n\nHigh = 15"))
        .containsExactly(new Playbook.Severity("Low", 60), new Playbook.Severity("High", 15));
    assertThatThrownBy(() -> PlaybookLines.severities("Low = 60\nHigh fifteen"))
        .hasMessageStartingWith("severities, line 2:");
    assertThatThrownBy(() -> PlaybookLines.rules("spam | WORDISH | x"))
        .hasMessageStartingWith("rules, line 1:");
  }
}
