package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.simulation.BuiltInScenarios;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.simulation.SimulatedClock;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Issue 7 as a trainer tries it: a drill window with its banner, clock control and injects. */
class DrillUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void aDrillRunsInItsOwnWindowUnderASimulationBanner(FxRobot robot) throws Exception {
    SimulatedClock simClock = new SimulatedClock(Instant.parse("2026-11-24T09:00:00Z"), 60);
    simClock.pause();
    Services training =
        Services.open(Files.createTempDirectory(dir, "drill").resolve("drill"), simClock);
    ScenarioPlayer player =
        ScenarioPlayer.start(
            BuiltInScenarios.find(BuiltInScenarios.ids().get(0)).orElseThrow(),
            training,
            simClock,
            dir.resolve("live"));
    I18n i18n = new I18n(Locale.ENGLISH);
    robot.interact(
        () ->
            org.firebreak.ui.simulation.DrillWindow.open(
                player, runner, i18n, new ErrorReporter(i18n), url -> {}));
    Stage drill = findDrillStage(robot);
    Node root = findDrillStage(robot).getScene().getRoot();
    Label banner = robot.from(root).lookup("#simulationBanner").queryAs(Label.class);
    assertThat(banner.getText()).startsWith("SIMULATION").contains(player.scenario().title());
    waitUntil(
        () ->
            robot
                .from(root)
                .lookup("#incidentState")
                .queryAs(Label.class)
                .getText()
                .equals("Active"));

    robot.clickOn(robot.from(root).lookup("#drillFire").<Node>query());
    waitUntil(() -> player.summary().messagesGenerated() > 0);
    TableView<?> queue = robot.from(root).lookup("#queueTable").queryTableView();
    waitUntil(() -> !queue.getItems().isEmpty());

    robot.clickOn(robot.from(root).lookup("#drillPlay").<Node>query());
    assertThat(simClock.isPaused()).isFalse();
    waitUntil(
        () ->
            robot
                .from(root)
                .lookup("#drillStatus")
                .queryAs(Label.class)
                .getText()
                .startsWith("T+"));
    robot.clickOn(robot.from(root).lookup("#drillPlay").<Node>query());
    assertThat(simClock.isPaused()).isTrue();
    Snapshots.write(root, "drill-window");
    assertThat(services.incidents().current()).as("the live database is untouched").isEmpty();
    robot.interact(drill::close);
  }

  @Test
  void theTrainerWritesTheDebriefAndComparesThisRunWithAnEarlierTeam(FxRobot robot)
      throws Exception {
    java.nio.file.Path drills = Files.createTempDirectory(dir, "drills");
    String id = BuiltInScenarios.ids().get(0);
    var scenario = BuiltInScenarios.find(id).orElseThrow();
    SimulatedClock earlierClock = new SimulatedClock(Instant.parse("2026-11-23T09:00:00Z"), 60);
    try (Services earlier = Services.open(drills.resolve(id + "-1000"), earlierClock)) {
      ScenarioPlayer.start(scenario, earlier, earlierClock, dir.resolve("live")).finish();
    }
    SimulatedClock simClock = new SimulatedClock(Instant.parse("2026-11-24T09:00:00Z"), 60);
    simClock.pause();
    Services training = Services.open(drills.resolve(id + "-2000"), simClock);
    ScenarioPlayer player = ScenarioPlayer.start(scenario, training, simClock, dir.resolve("live"));
    I18n i18n = new I18n(Locale.ENGLISH);
    robot.interact(
        () ->
            org.firebreak.ui.simulation.DrillWindow.open(
                player, runner, i18n, new ErrorReporter(i18n), linksOpened::add));
    Stage drill = findDrillStage(robot);
    Node root = drill.getScene().getRoot();
    robot.clickOn(robot.from(root).lookup("#drillFire").<Node>query());
    waitUntil(() -> player.summary().messagesGenerated() > 0);
    player.advanceTo(4);
    var statements = training.statementService();
    var s =
        statements.createDraft(
            org.firebreak.statements.StatementKind.APOLOGY,
            "Apology",
            "We are sorry. Our post this morning was wrong and we have removed it. We take full"
                + " responsibility.",
            "Spokesperson",
            "Trainee");
    statements.submitForReview(s.id(), "Trainee");
    statements.approve(s.id(), "Trainer");
    statements.publish(
        s.id(),
        org.firebreak.incident.Platform.parse(scenario.originPlatform()),
        null,
        null,
        null,
        "Trainee");
    robot.clickOn(robot.from(root).lookup("#drillNote").<Node>query()).write("Quick apology");
    robot.type(javafx.scene.input.KeyCode.ENTER);
    var notes = new org.firebreak.store.SimulationStore(training.database());
    waitUntil(() -> notes.notes(player.runId()).size() == 1);

    robot.clickOn(robot.from(root).lookup("#drillDebrief").<Node>query());
    waitUntil(() -> !linksOpened.isEmpty());
    java.nio.file.Path report = java.nio.file.Path.of(java.net.URI.create(linksOpened.get(0)));
    String html = Files.readString(report);
    assertThat(html)
        .contains("SIMULATION", "Timeline", "published a statement", "Quick apology")
        .contains("What to practise next");

    robot.clickOn(robot.from(root).lookup("#drillCompare").<Node>query());
    waitUntil(() -> robot.lookup("#drillComparison").tryQuery().isPresent());
    Label earlierTotal = robot.lookup("#drillCompareTotal0").queryAs(Label.class);
    Label thisTotal = robot.lookup("#drillCompareTotal1").queryAs(Label.class);
    assertThat(earlierTotal.getText()).endsWith("/ 100");
    int before = Integer.parseInt(earlierTotal.getText().split(" ")[0]);
    int now = Integer.parseInt(thisTotal.getText().split(" ")[0]);
    assertThat(now)
        .as("the team that apologised beats the one that did nothing")
        .isGreaterThan(before);
    assertThat(
            robot
                .from(robot.lookup("#drillComparison").<Node>query())
                .lookup(".label")
                .queryAllAs(Label.class)
                .stream()
                .map(Label::getText))
        .as("whole points read \"25\", not \"25.0\"")
        .noneMatch(t -> t.matches("\\d+\\.0"));
    Snapshots.write(
        robot.lookup("#drillComparison").query().getScene().getRoot(), "drill-comparison");
    robot.clickOn(robot.lookup("#drillCompareSave").<Node>query());
    waitUntil(() -> linksOpened.size() == 2);
    assertThat(Files.readString(java.nio.file.Path.of(java.net.URI.create(linksOpened.get(1)))))
        .contains("SIMULATION", "Time to first statement");
    robot.interact(() -> robot.lookup("#drillComparison").query().getScene().getWindow().hide());
    robot.interact(drill::close);
  }

  private static Stage findDrillStage(FxRobot robot) {
    return (Stage)
        robot.listTargetWindows().stream()
            .filter(
                w ->
                    w instanceof Stage s
                        && s.getTitle() != null
                        && s.getTitle().startsWith("SIMULATION"))
            .findFirst()
            .orElseThrow();
  }
}
