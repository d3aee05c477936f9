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
