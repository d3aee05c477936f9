package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioReaderTest {

  static final String BURST =
      "{\"atMinute\": 1, \"kind\": \"burst\", \"curve\": [[0, 2], [10, 20], [20, 0]],"
          + " \"templates\": [\"{who} is angry\"], \"variables\": {\"who\": [\"A\", \"B\"]}}";

  static String scenario(String schema, String duration, String injects) {
    return "{\"schemaVersion\": "
        + schema
        + ", \"title\": \"Test drill\", \"language\": \"en\", \"brief\": \"b\","
        + " \"cause\": \"internal\", \"originPlatform\": \"instagram\","
        + " \"firstResponseMinutes\": 15, \"durationMinutes\": "
        + duration
        + ", \"seed\": 42, \"someFutureField\": true, \"injects\": ["
        + injects
        + "]}";
  }

  @Test
  void aWellFormedScenarioIsRead() {
    Scenario s = ScenarioReader.read(scenario("1", "30", BURST));
    assertThat(s.injects()).hasSize(1);
    assertThat(new InjectExpander(s).count(s.injects().get(0))).isBetween(150L, 250L);
  }

  @Test
  void everyBuiltInScenarioIsValidAndSmall() {
    assertThat(BuiltInScenarios.ids()).hasSize(6);
    for (String id : BuiltInScenarios.ids()) {
      Scenario s = BuiltInScenarios.find(id).orElseThrow();
      assertThat(s.durationMinutes()).as(id).isBetween(30, 60);
      assertThat(s.trainerGuide()).as(id).isNotEmpty();
      InjectExpander e = new InjectExpander(s);
      long total = s.injects().stream().mapToLong(e::count).sum();
      assertThat(total).as(id).isBetween(300L, 5000L);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2|30|"
            + "{\"atMinute\": 0, \"kind\": \"message\", \"author\": \"a\", \"text\": \"t\"}|schemaVersion",
        "1|30|{\"atMinute\": -3, \"kind\": \"message\", \"author\": \"a\", \"text\": \"t\"}|injects[0].atMinute",
        "1|30|{\"atMinute\": 0, \"kind\": \"message\", \"platform\": \"myspace\", \"author\": \"a\", \"text\": \"t\"}|injects[0].platform",
        "1|30|{\"atMinute\": 0, \"kind\": \"burst\", \"curve\": [[0, 1], [5, 1]], \"templates\": [\"ok\", \"{city} burns\"]}|injects[0].templates[1]",
        "1|30|{\"atMinute\": 0, \"kind\": \"burst\", \"curve\": [[0, 1000000], [10, 1000000]], \"templates\": [\"x\"]}|injects",
        "1|1500|{\"atMinute\": 0, \"kind\": \"message\", \"author\": \"a\", \"text\": \"t\"}|durationMinutes",
        "1|30|{\"atMinute\": 0, \"kind\": \"rumour\"}|injects[0].kind",
        "1|30|{\"atMinute\": 2, \"kind\": \"conditional\", \"if\": {\"noStatementBy\": 5}}|injects[0].then",
      })
  void malformedScenariosAreRefusedNamingTheField(
      String schema, String duration, String inject, String field) {
    String json =
        scenario(
            schema,
            duration,
            "{\"atMinute\": 0, \"kind\": \"noise\", \"ratePerMinute\": 1, \"templates\": [\"hi\"]}, "
                + inject);
    String path = field.replace("injects[0]", "injects[1]");
    assertThatThrownBy(() -> ScenarioReader.read(json))
        .isInstanceOf(ScenarioException.class)
        .satisfies(e -> assertThat(((ScenarioException) e).field()).isEqualTo(path))
        .hasMessageStartingWith(path + ": ");
  }

  @Test
  void tenMillionMessagesAreRefusedBeforeAnyIsGenerated() {
    String json =
        scenario(
            "1",
            "1440",
            "{\"atMinute\": 0, \"kind\": \"noise\", \"ratePerMinute\": 7000, \"templates\": [\"x\"]}");
    assertThatThrownBy(() -> ScenarioReader.read(json))
        .hasMessageContaining("injects: ask for more than 200000 messages");
  }

  @Test
  void negativeOffsetMessageIsExact() {
    String json =
        scenario(
            "1",
            "30",
            BURST
                + ", "
                + BURST
                + ", "
                + BURST
                + ", {\"atMinute\": -1, \"kind\": \"message\", \"author\": \"a\", \"text\": \"t\"}");
    assertThatThrownBy(() -> ScenarioReader.read(json))
        .hasMessage("injects[3].atMinute: must be >= 0");
  }

  @Test
  void notJsonIsRefusedWithALine() {
    assertThatThrownBy(() -> ScenarioReader.read("{\n\"schemaVersion\": 1,\n oops"))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void aWrongTypeNamesTheField() {
    assertThatThrownBy(
            () ->
                ScenarioReader.read(
                    scenario("1", "30", "{\"atMinute\": \"soon\", \"kind\": \"message\"}")))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("injects[0].atMinute");
  }
}
