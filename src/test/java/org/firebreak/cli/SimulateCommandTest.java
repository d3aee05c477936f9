package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firebreak.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return FirebreakCommand.execute(
        db -> {}, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void scenariosListsTheBuiltInDrills() {
    assertThat(run("scenarios")).isZero();
    assertThat(out.toString())
        .contains("insensitive-post.en", "insensitive-post.id", "product-recall.id")
        .contains("Earthquake hits customers and operations");
  }

  @Test
  void scenariosListsThoseInstalledBesideTheDatabaseAndSimulateRunsAnEventsList() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("scenarios"));
    Path sheet = folder.resolve("night-shift.csv");
    Files.writeString(
        sheet,
        "offset,kind,platform,author,text\n"
            + "0,message,x,@ana,My kettle smoked this morning\n"
            + "T+5,journalist,facebook,@desk,Can you comment on the smoke reports?\n");
    Files.writeString(
        folder.resolve("broken.json"),
        "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"en\", \"cause\": \"internal\","
            + " \"originPlatform\": \"friendster\", \"firstResponseMinutes\": 15,"
            + " \"durationMinutes\": 30, \"injects\": []}");
    assertThat(run("scenarios", "--db", dir.resolve("incident").toString())).isZero();
    assertThat(out.toString())
        .contains("insensitive-post.en")
        .contains("night-shift.csv", "20 min  night-shift")
        .contains("broken.json  refused: broken.json: originPlatform: unknown platform");

    out.getBuffer().setLength(0);
    String db = dir.resolve("sheet-drill").toString();
    assertThat(run("simulate", sheet.toString(), "--instant", "--json", "--db", db))
        .as(err.toString())
        .isZero();
    JsonNode json = StatsCommand.mapper().readTree(out.toString());
    assertThat(json.get("scenario").asText()).isEqualTo("night-shift");
    assertThat(json.get("messagesGenerated").asLong()).isEqualTo(2);
  }

  @Test
  void simulateInstantPrintsASummaryAsJson() throws Exception {
    String db = dir.resolve("drill").toString();
    assertThat(run("simulate", "natural-disaster.en", "--instant", "--json", "--db", db))
        .as(err.toString())
        .isZero();
    JsonNode json = StatsCommand.mapper().readTree(out.toString());
    assertThat(json.get("simulation").asBoolean()).isTrue();
    assertThat(json.get("messagesGenerated").asLong()).isBetween(500L, 5000L);
    assertThat(json.get("injectsFired").asInt()).isGreaterThanOrEqualTo(6);
    assertThat(json.get("simulatedMinutes").asDouble()).isEqualTo(60.0);
    assertThat(json.get("score").isNull()).isTrue();
  }

  @Test
  void simulateReadsAScenarioFileAndRefusesABadOne() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"en\", \"cause\": \"internal\","
            + " \"originPlatform\": \"friendster\", \"firstResponseMinutes\": 15,"
            + " \"durationMinutes\": 30, \"injects\": []}");
    assertThat(run("simulate", bad.toString(), "--instant", "--db", dir.resolve("d").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("originPlatform: unknown platform \"friendster\"");
    assertThat(Files.exists(dir.resolve("d.mv.db"))).isFalse();
  }

  @Test
  void theLiveDatabaseIsRefusedWithoutOpeningIt() {
    Path live = DatabaseLocation.resolveForThisUser(null);
    boolean existed = Files.exists(DatabaseLocation.dataFile(live));
    assertThat(run("simulate", "insensitive-post.en", "--instant", "--db", live.toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("Refusing to run a drill", "live incident database");
    assertThat(Files.exists(DatabaseLocation.dataFile(live))).isEqualTo(existed);
  }

  @Test
  void simulateNeedsADatabase() {
    assertThat(run("simulate", "insensitive-post.en", "--instant")).isEqualTo(2);
    assertThat(err.toString()).contains("--db");
  }

  @Test
  void simulateWritesADebriefAndDebriefComparesRuns() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path debrief = dir.resolve("debrief.html");
    assertThat(
            run(
                "simulate",
                "insensitive-post.id",
                "--instant",
                "--db",
                a.toString(),
                "--debrief",
                debrief.toString(),
                "--lang",
                "id"))
        .as(err.toString())
        .isZero();
    assertThat(Files.readString(debrief)).contains("SIMULASI", "Lini masa", "Skor");
    assertThat(run("simulate", "insensitive-post.id", "--instant", "--db", b.toString())).isZero();
    Path again = dir.resolve("again.html");
    assertThat(run("debrief", "--db", a.toString(), "--out", again.toString()))
        .as(err.toString())
        .isZero();
    assertThat(Files.readString(again)).contains("SIMULATION", "Drill debrief");
    Path compared = dir.resolve("compared.html");
    assertThat(
            run(
                "debrief",
                "--db",
                a.toString(),
                "--compare",
                b.toString(),
                "--out",
                compared.toString()))
        .as(err.toString())
        .isZero();
    assertThat(Files.readString(compared)).contains("Run 1 (a)", "Run 2 (b)", "0 / 100");
  }

  @Test
  void debriefNamesADatabaseThatIsMissingOrHoldsNoDrill() {
    assertThat(
            run(
                "debrief",
                "--db",
                dir.resolve("nothing").toString(),
                "--out",
                dir.resolve("x.html").toString()))
        .isEqualTo(1);
    assertThat(err.toString()).contains("No training database at");
    assertThat(Files.exists(dir.resolve("nothing.mv.db"))).isFalse();
    assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
  }

  @Test
  void scenarioCurvePrintsPerMinuteCountsAndNamesABadLine() throws Exception {
    Path csv = dir.resolve("times.csv");
    Files.writeString(csv, "created_at\n2013-04-18T01:00:10Z\n2013-04-18T01:00:50Z\n1366247000\n");
    assertThat(run("scenario", "curve", csv.toString(), "--scale", "2"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString().strip())
        .isEqualTo("[[0.0,4.0],[1.0,0.0],[2.0,0.0],[3.0,2.0],[4.0,0.0]]");
    Files.writeString(csv, "created_at\n2013-04-18T01:00:10Z\nnoon\n");
    assertThat(run("scenario", "curve", csv.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("times.csv: line 3, column created_at: \"noon\"");
  }

  @Test
  void scenarioFromSessionWritesAReplayThatSimulateRuns() throws Exception {
    Path live = dir.resolve("incident");
    assertThat(run("demo", "--db", live.toString())).as(err.toString()).isZero();
    Path file = dir.resolve("incident.firebreak");
    assertThat(run("export", "--out", file.toString(), "--db", live.toString())).isZero();
    Path replay = dir.resolve("replay.json");
    assertThat(run("scenario", "from-session", file.toString(), "--out", replay.toString()))
        .as(err.toString())
        .isZero();
    assertThat(err.toString()).contains("messages as injects", "personas");
    assertThat(Files.readString(replay)).contains("@persona1");
    assertThat(run("simulate", replay.toString(), "--instant", "--db", dir.resolve("d").toString()))
        .as(err.toString())
        .isZero();
  }
}
