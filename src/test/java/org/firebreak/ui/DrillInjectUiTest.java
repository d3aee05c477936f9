package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.queue.QueueQuery;
import org.firebreak.simulation.BuiltInScenarios;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.simulation.SimulatedClock;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The trainer chooses an inject in the list and fires it; "Fire next" still jumps in order. */
class DrillInjectUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void theTrainerFiresTheChosenInjectAndFireNextStillTakesTheEarliest(FxRobot robot)
      throws Exception {
    SimulatedClock simClock = new SimulatedClock(Instant.parse("2026-11-24T09:00:00Z"), 60);
    Services training =
        Services.open(Files.createTempDirectory(dir, "drill").resolve("drill"), simClock);
    // the recall: news T+0, bursts T+1 and T+5, journalist T+10, the lawyers' message T+18, ...
    ScenarioPlayer player =
        ScenarioPlayer.start(
            BuiltInScenarios.find("product-recall.en").orElseThrow(),
            training,
            simClock,
            dir.resolve("live"));
    I18n i18n = new I18n(Locale.ENGLISH);
    robot.interact(
        () ->
            org.firebreak.ui.simulation.DrillWindow.open(
                player, runner, i18n, new ErrorReporter(i18n), url -> {}));
    Stage drill = drillStage(robot);
    Node root = drill.getScene().getRoot();
    ListView<?> injects = robot.from(root).lookup("#drillInjects").queryListView();
    assertThat(rowText(robot, injects, 0)).startsWith("\u2713 T+0").contains("news article");
    assertThat(rowText(robot, injects, 4)).startsWith("T+18").contains("@lawfirm_kita");

    robot.clickOn(cell(robot, injects, 4));
    robot.clickOn(robot.from(root).lookup("#drillFireChosen").<Node>query());
    waitUntil(() -> rowText(robot, injects, 4).startsWith("\u2713 T+18"));
    // the trainee sees it arrive as a live message would: counted in "N new", brought in by a click
    Node newArrivals = robot.from(root).lookup("#queueNewArrivals").query();
    waitUntil(newArrivals::isVisible);
    robot.clickOn(newArrivals);
    waitUntil(
        () ->
            robot.from(root).lookup("#queueTable").queryTableView().getItems().stream()
                .anyMatch(m -> ((org.firebreak.queue.Message) m).author().equals("@lawfirm_kita")));
    assertThat(rowText(robot, injects, 3)).as("the journalist has not fired").startsWith("T+10");

    robot.clickOn(robot.from(root).lookup("#drillFire").<Node>query());
    waitUntil(() -> rowText(robot, injects, 1).startsWith("\u2713 T+1"));
    assertThat(rowText(robot, injects, 3)).as("next is the T+1 burst, not T+10").startsWith("T+10");

    player.advanceTo(25);
    assertThat(
            training.messages().page(QueueQuery.newestFirst().withWindow(0, 5000)).stream()
                .filter(m -> m.author().equals("@lawfirm_kita"))
                .count())
        .as("the inject fired early does not come again at its minute")
        .isEqualTo(1L);
    Snapshots.write(root, "drill-injects");
    robot.interact(drill::close);
  }

  private static String rowText(FxRobot robot, ListView<?> list, int index) {
    return ((ListCell<?>) cell(robot, list, index)).getText();
  }

  private static Node cell(FxRobot robot, ListView<?> list, int index) {
    robot.interact(() -> list.scrollTo(index));
    return robot.from(list).lookup(".list-cell").<ListCell<?>>queryAll().stream()
        .filter(c -> c.getIndex() == index && c.getItem() != null)
        .findFirst()
        .orElseThrow();
  }
}
