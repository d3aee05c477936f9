package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InjectSheetTest {

  static final String MEL =
      "\uFEFFOffset,Kind,Platform,Author,Text,Reach\n"
          + "T+2,message,Instagram,@dina,\"Is this real? Delete it, now.\",1200\n"
          + "\n"
          + "0:10,journalist,x,Rina (Kompas),\"Can you comment?\nDeadline 11:00\",\n"
          + "5,Message,twitter,@budi,Boycott!,\n";

  @TempDir Path dir;

  private static List<Scenario.Inject> read(String csv) throws Exception {
    return InjectSheet.read(new StringReader(csv), "events.csv", 60);
  }

  @Test
  void aMasterEventsListBecomesInjectsPlayedAtTheirMinutes() throws Exception {
    Files.writeString(dir.resolve("events.csv"), MEL);
    Files.writeString(
        dir.resolve("drill.json"),
        "{\"schemaVersion\": 1, \"title\": \"Bad post\", \"language\": \"en\","
            + " \"cause\": \"internal\", \"originPlatform\": \"instagram\","
            + " \"firstResponseMinutes\": 15, \"durationMinutes\": 30, \"seed\": 3,"
            + " \"injectsFrom\": \"events.csv\", \"injects\": [{\"atMinute\": 3, \"kind\":"
            + " \"message\", \"author\": \"@first\", \"text\": \"from the file\", \"reach\": 5}]}");
    Scenario s = ScenarioReader.read(dir.resolve("drill.json"));
    assertThat(s.injectsFrom()).isNull();
    assertThat(s.injects())
        .extracting(Scenario.Inject::atMinute, Scenario.Inject::kind, Scenario.Inject::author)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, "message", "@dina"),
            org.assertj.core.groups.Tuple.tuple(3, "message", "@first"),
            org.assertj.core.groups.Tuple.tuple(5, "message", "@budi"),
            org.assertj.core.groups.Tuple.tuple(10, "event", "Rina (Kompas)"));
    assertThat(s.injects().get(3).event()).isEqualTo("journalist");
    assertThat(s.injects().get(3).text()).isEqualTo("Can you comment?\nDeadline 11:00");
    assertThat(s.injects().get(0).text()).isEqualTo("Is this real? Delete it, now.");
    assertThat(s.injects().get(2).platform()).isEqualTo("x");

    try (DrillFixture f = new DrillFixture(dir, "drill")) {
      ScenarioPlayer player = f.start(s);
      player.advanceTo(10);
      assertThat(f.messages())
          .anyMatch(m -> m.contains("|2026-05-01T09:02:00Z|INSTAGRAM|@dina|1200|Is this real?"))
          .anyMatch(m -> m.contains("|2026-05-01T09:10:00Z|X|Rina (Kompas)|"));
    }
  }

  @Test
  void badRowsAreRefusedNamingTheLineAndColumn() {
    String head = "offset,kind,platform,author,text\n";
    assertThatThrownBy(() -> read(head + "1,message,x,@a,hi\n2,message,friendster,@b,hi\n"))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("events.csv line 3, column platform: unknown platform \"friendster\"");
    assertThatThrownBy(() -> read(head + "soon,message,x,@a,hi\n"))
        .hasMessage(
            "events.csv line 2, column offset: \"soon\" is not an offset (minutes: 12, T+12 or"
                + " 1:05)");
    assertThatThrownBy(() -> read(head + "-4,message,x,@a,hi\n"))
        .hasMessageContaining("line 2, column offset: \"-4\" is before the start");
    assertThatThrownBy(() -> read(head + "1:30,message,x,@a,hi\n"))
        .hasMessageContaining("line 2, column offset: 1:30 is after the drill ends (60 min)");
    assertThatThrownBy(() -> read(head + "1,burst,x,@a,hi\n"))
        .hasMessageContaining("line 2, column kind: \"burst\" is not message or an event");
    assertThatThrownBy(() -> read(head + "1,message,x,,hi\n"))
        .hasMessage("events.csv line 2, column author: empty");
    assertThatThrownBy(() -> read("offset,kind,author,text\n1,message,@a,hi\n"))
        .hasMessageContaining("events.csv: line 1: no column platform");
    assertThatThrownBy(
            () -> read("offset,kind,platform,author,text,reach\n1,message,x,@a,hi,lots\n"))
        .hasMessageContaining("line 2, column reach: \"lots\" is not a number >= 0");
  }

  @Test
  void aScenarioNamesItsSheetWhenARowIsBad() throws Exception {
    Files.writeString(
        dir.resolve("mel.csv"), "offset,kind,platform,author,text\n1,message,x,@a,\n");
    Files.writeString(
        dir.resolve("s.json"),
        "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"en\", \"cause\": \"internal\","
            + " \"originPlatform\": \"x\", \"firstResponseMinutes\": 15, \"durationMinutes\": 30,"
            + " \"injectsFrom\": \"mel.csv\"}");
    assertThatThrownBy(() -> ScenarioReader.read(dir.resolve("s.json")))
        .hasMessage("injectsFrom: mel.csv line 2, column text: empty");
    assertThatThrownBy(() -> ScenarioReader.read(Files.readString(dir.resolve("s.json"))))
        .hasMessageContaining("injectsFrom: a master events list (CSV) needs the scenario read");
  }
}
