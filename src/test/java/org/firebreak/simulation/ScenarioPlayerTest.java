package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.incident.Platform;
import org.firebreak.store.SimulationStore;
import org.firebreak.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioPlayerTest {

  static final String DRILL =
      ScenarioReaderTest.scenario(
          "1",
          "30",
          "{\"atMinute\": 0, \"kind\": \"message\", \"author\": \"@first\", \"text\": \"What was that post?\", \"reach\": 10},"
              + ScenarioReaderTest.BURST
              + ", {\"atMinute\": 0, \"kind\": \"noise\", \"ratePerMinute\": 0.5, \"templates\": [\"hello {x}\"], \"variables\": {\"x\": [\"there\", \"team\"]}},"
              + " {\"atMinute\": 6, \"kind\": \"event\", \"event\": \"journalist\", \"author\": \"@reporter\", \"text\": \"Comment?\"},"
              + " {\"atMinute\": 0, \"kind\": \"conditional\", \"if\": {\"noStatementBy\": 5}, \"then\": {\"kind\": \"burst\", \"curve\": [[0, 10], [5, 10]], \"templates\": [\"still silent\"]}},"
              + " {\"atMinute\": 0, \"kind\": \"conditional\", \"if\": {\"defensiveStatement\": true}, \"then\": {\"kind\": \"message\", \"author\": \"@angry\", \"text\": \"That is no apology\"}}");
  static final String APOLOGY =
      "We are sorry. This morning we posted a joke about the tragedy. It was wrong, and we have"
          + " removed it. We take full responsibility and we are reviewing how posts are approved."
          + " If you were hurt by it, please message us; we will reply to every message today.";
  static final String DEFENSIVE =
      "We regret if anyone was offended. Our post was taken out of context and we stand by our"
          + " team. We did nothing wrong.";

  @TempDir Path dir;

  @Test
  void theSameScenarioAndSeedReplayIdentically() {
    Scenario s = ScenarioReader.read(DRILL);
    List<String> first;
    List<String> second;
    try (DrillFixture a = new DrillFixture(dir, "a")) {
      a.start(s).finish();
      first = a.messages();
    }
    try (DrillFixture b = new DrillFixture(dir, "b")) {
      b.start(s).finish();
      second = b.messages();
    }
    assertThat(first).hasSizeGreaterThan(200).isEqualTo(second);
    assertThat(first)
        .anySatisfy(
            m -> assertThat(m).startsWith("sim-42-0-0|2026-05-01T09:00:00Z|INSTAGRAM|@first|10|"));
  }

  @Test
  void theSimulatedClockAtSixtyTimesDrivesTheCrisisClock() throws Exception {
    MutableClock real = new MutableClock(DrillFixture.START);
    SimulatedClock clock = new SimulatedClock(DrillFixture.START, 60, real);
    try (DrillFixture f = new DrillFixture(dir, "drill", clock)) {
      ScenarioPlayer player = f.start(ScenarioReader.read(DRILL));
      clock.resume();
      real.advance(Duration.ofSeconds(10)); // ten simulated minutes
      player.catchUp();
      var window = f.services.incidents().current().orElseThrow().firstResponseWindow();
      assertThat(window.readAt(clock.instant()).text()).isEqualTo("05:00");
      assertThat(f.services.stats().snapshot().incident().clock()).isEqualTo("05:00");
      assertThat(player.summary().simulatedMinutes()).isEqualTo(10.0);
      assertThat(f.externalIds()).contains("sim-42-3-0"); // the journalist at minute 6

      // the 30-minute response target runs on the same clock: 31 real seconds at 60x
      List<Long> first = List.of(f.messageId("sim-42-0-0"));
      assertThat(f.services.messages().overdue(first, clock.instant())).isEmpty();
      real.advance(Duration.ofSeconds(21));
      assertThat(f.services.messages().overdue(first, clock.instant()))
          .containsExactlyElementsOf(first);
    }
  }

  @Test
  void pauseResumeAndStepsLoseAndDuplicateNothing() throws Exception {
    Scenario s = ScenarioReader.read(DRILL);
    List<String> oneGo;
    try (DrillFixture a = new DrillFixture(dir, "a")) {
      a.start(s).advanceTo(30);
      oneGo = a.messages();
    }
    MutableClock real = new MutableClock(DrillFixture.START);
    SimulatedClock clock = new SimulatedClock(DrillFixture.START, 60, real);
    try (DrillFixture b = new DrillFixture(dir, "b", clock)) {
      ScenarioPlayer player = b.start(s);
      clock.resume();
      for (int step = 0; step < 7; step++) {
        real.advance(Duration.ofMillis(1700));
        player.catchUp();
        player.catchUp(); // a second delivery at the same time adds nothing
      }
      clock.pause();
      real.advance(Duration.ofMinutes(10)); // paused: no simulated time passes
      player.catchUp();
      player.advanceTo(12.5);
      player.advanceTo(12.5);
      clock.setSpeed(30);
      clock.resume();
      real.advance(Duration.ofSeconds(20));
      player.catchUp();
      player.advanceTo(30);
      assertThat(b.messages()).isEqualTo(oneGo);
      assertThat(player.summary().messagesGenerated()).isEqualTo(oneGo.size());
    }
  }

  @Test
  void noStatementByMinuteFiveFiresTheEscalation() {
    try (DrillFixture f = new DrillFixture(dir, "silent")) {
      ScenarioPlayer player = f.start(ScenarioReader.read(DRILL));
      player.advanceTo(4.9);
      assertThat(f.externalIds()).noneMatch(id -> id.startsWith("sim-42-4-"));
      player.advanceTo(10);
      assertThat(f.externalIds()).filteredOn(id -> id.startsWith("sim-42-4-")).hasSize(50);
      assertThat(f.externalIds()).noneMatch(id -> id.startsWith("sim-42-5-"));
    }
  }

  @Test
  void aStatementBeforeMinuteFiveHoldsTheEscalationBack() {
    try (DrillFixture f = new DrillFixture(dir, "fast")) {
      ScenarioPlayer player = f.start(ScenarioReader.read(DRILL));
      player.advanceTo(3);
      f.publish(APOLOGY, Platform.INSTAGRAM);
      player.finish();
      assertThat(f.externalIds()).noneMatch(id -> id.startsWith("sim-42-4-"));
      assertThat(f.externalIds()).noneMatch(id -> id.startsWith("sim-42-5-"));
    }
  }

  @Test
  void aDefensiveStatementFiresTheBacklash() {
    try (DrillFixture f = new DrillFixture(dir, "defensive")) {
      ScenarioPlayer player = f.start(ScenarioReader.read(DRILL));
      player.advanceTo(2);
      f.publish(DEFENSIVE, Platform.INSTAGRAM);
      player.advanceTo(8);
      assertThat(f.externalIds()).contains("sim-42-5-0");
      assertThat(f.messages())
          .filteredOn(m -> m.startsWith("sim-42-5-0|"))
          .singleElement()
          .satisfies(m -> assertThat(m).contains("|2026-05-01T09:02:00Z|"));
    }
  }

  @Test
  void fireNowNotesAndAdHocMessages() {
    try (DrillFixture f = new DrillFixture(dir, "trainer")) {
      ScenarioPlayer player = f.start(ScenarioReader.read(DRILL));
      player.advanceTo(1);
      player.fireNow(3);
      assertThat(f.externalIds()).contains("sim-42-3-0");
      player.addMessage(Platform.X, "@trainer", 5000, "Is anyone there?");
      player.note("Team froze for two minutes");
      player.advanceTo(30);
      assertThat(f.externalIds()).filteredOn(id -> id.startsWith("sim-42-3-")).hasSize(1);
      assertThat(f.externalIds()).anyMatch(id -> id.startsWith("sim-42-adhoc-"));
      assertThat(new SimulationStore(f.services.database()).notes(player.runId()))
          .singleElement()
          .satisfies(n -> assertThat(n.at()).isEqualTo(DrillFixture.START.plusSeconds(60)));
    }
  }

  @Test
  void aDrillNeverWritesToTheLiveDatabase() throws Exception {
    Path live = dir.resolve("live");
    SimulatedClock clock = new SimulatedClock(DrillFixture.START, 60);
    try (Services services = Services.open(live, clock)) {
      long before = services.intakeStore().count();
      assertThatThrownBy(
              () -> ScenarioPlayer.start(ScenarioReader.read(DRILL), services, clock, live))
          .isInstanceOf(LiveDatabaseException.class)
          .hasMessageContaining("live incident database");
      assertThat(services.intakeStore().count()).isEqualTo(before);
      assertThat(services.incidents().current()).isEmpty();
      assertThat(new SimulationStore(services.database()).isTrainingDatabase()).isFalse();
    }
    assertThat(Files.exists(dir.resolve("live.mv.db"))).isTrue();
  }

  @Test
  void aSecondDrillInTheSameTrainingDatabaseIsRefusedClearly() {
    try (DrillFixture f = new DrillFixture(dir, "once")) {
      f.start(ScenarioReader.read(DRILL)).finish();
      assertThatThrownBy(() -> f.start(ScenarioReader.read(DRILL)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("already holds a drill");
    }
  }

  @Test
  void aDatabaseHoldingARealIncidentIsRefused() {
    SimulatedClock clock = new SimulatedClock(DrillFixture.START, 60);
    try (Services services = Services.open(dir.resolve("real"), clock)) {
      services.writeDemo();
      assertThatThrownBy(
              () ->
                  ScenarioPlayer.start(
                      ScenarioReader.read(DRILL), services, clock, dir.resolve("elsewhere")))
          .isInstanceOf(LiveDatabaseException.class)
          .hasMessageContaining("real incident");
    }
  }

  @Test
  void theRealTimeLoopRunsToTheEndAndMatchesAnInstantRun() throws Exception {
    Scenario s = ScenarioReader.read(DRILL);
    List<String> instant;
    try (DrillFixture a = new DrillFixture(dir, "a")) {
      a.start(s).finish();
      instant = a.messages();
    }
    MutableClock real = new MutableClock(DrillFixture.START);
    SimulatedClock clock = new SimulatedClock(DrillFixture.START, 60, real);
    try (DrillFixture b = new DrillFixture(dir, "b", clock)) {
      ScenarioPlayer player = b.start(s);
      DrillSummary summary =
          player.run(
              () -> {
                real.advance(Duration.ofMillis(2300)); // each tick, 2.3 real seconds pass
                return false;
              },
              0);
      assertThat(clock.isPaused()).isTrue();
      assertThat(player.isOver()).isTrue();
      assertThat(summary.injectsFired()).isEqualTo(5);
      assertThat(b.messages()).isEqualTo(instant);
    }
  }
}
