package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.firebreak.incident.Platform;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.statements.StatementKind;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Issue 7's "done when", as a trainer does it from the console's welcome: pick a built-in scenario,
 * start it, speed it up, watch the queue fill and the clock run, fire an inject, pause; the trainee
 * labels, replies and publishes; the debrief shows the timeline, score and notes.
 */
class DrillWalkthroughUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void aTrainerRunsADrillFromTheWelcomeAndReadsTheDebrief(FxRobot robot) throws Exception {
    robot.clickOn("#welcomeTraining");
    waitUntil(() -> robot.lookup("#drillScenarios").tryQuery().isPresent());
    robot.type(KeyCode.ENTER); // the first built-in scenario
    waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
    robot.clickOn(".dialog-pane .text-field").write("Night shift").type(KeyCode.ENTER);
    waitUntil(() -> drillStage(robot) != null);
    Stage drill = drillStage(robot);
    Node root = drill.getScene().getRoot();
    ScenarioPlayer player = (ScenarioPlayer) drill.getUserData();
    Path trainingDb = player.services().database().base();
    assertThat(trainingDb.getParent().getFileName().toString()).isEqualTo("drills");
    assertThat(robot.from(root).lookup("#simulationBanner").queryAs(Label.class).getText())
        .startsWith("SIMULATION");

    @SuppressWarnings("unchecked")
    ComboBox<Integer> speed = robot.from(root).lookup("#drillSpeed").queryAs(ComboBox.class);
    robot.interact(() -> speed.setValue(60));
    robot.clickOn(robot.from(root).lookup("#drillPlay").<Node>query());
    TableView<?> queue = robot.from(root).lookup("#queueTable").queryTableView();
    String clockAtStart = robot.from(root).lookup("#crisisClock").queryAs(Label.class).getText();
    waitUntil(() -> player.summary().simulatedMinutes() >= 3);
    waitUntil(() -> !queue.getItems().isEmpty());
    waitUntil(
        () ->
            !robot
                .from(root)
                .lookup("#crisisClock")
                .queryAs(Label.class)
                .getText()
                .equals(clockAtStart));
    int firedBefore = player.summary().injectsFired();
    robot.clickOn(robot.from(root).lookup("#drillFire").<Node>query());
    waitUntil(() -> player.summary().injectsFired() > firedBefore);
    robot.clickOn(robot.from(root).lookup("#drillPlay").<Node>query());
    assertThat(player.clock().isPaused()).isTrue();
    Snapshots.write(root, "drill-walkthrough-running");

    // the trainee works in the drill's console: a label, a reply, a statement. The drill window
    // overlaps the console's; a robot's click lands on whichever is on top, so raise it first
    robot.interact(drill::toFront);
    clickFirstRow(robot, queue);
    robot.type(KeyCode.DIGIT2);
    Label result = robot.from(root).lookup("#triageResult").queryAs(Label.class);
    waitUntil(() -> result.getText().startsWith("Label"));
    if (result.getText().startsWith("Label removed")) {
      // a rule had already labelled this message at arrival: the key took it off, so put it back
      robot.type(KeyCode.DIGIT2);
    }
    waitUntil(() -> result.getText().startsWith("Label added"));
    robot.type(KeyCode.R);
    waitUntil(() -> robot.lookup("#replyText").tryQuery().isPresent());
    robot.clickOn("#replyText").write("We are sorry, we have removed the post.");
    robot.clickOn("#replyRecord");
    waitUntil(() -> player.services().statsQuery().counts().replies() == 1);
    var statements = player.services().statementService();
    var s =
        statements.createDraft(
            StatementKind.APOLOGY,
            "Apology",
            "We are sorry. Our post was wrong and we have removed it.",
            "Spokesperson",
            "Trainee");
    statements.submitForReview(s.id(), "Trainee");
    statements.approve(s.id(), "Trainer");
    statements.publish(
        s.id(), Platform.parse(player.scenario().originPlatform()), null, null, null, "Trainee");
    robot.clickOn(robot.from(root).lookup("#drillNote").<Node>query()).write("Good first reply");
    robot.type(KeyCode.ENTER);
    var notes = new org.firebreak.store.SimulationStore(player.services().database());
    waitUntil(() -> notes.notes(player.runId()).size() == 1);

    robot.clickOn(robot.from(root).lookup("#drillDebrief").<Node>query());
    waitUntil(() -> linksOpened.stream().anyMatch(l -> l.endsWith("-debrief.html")));
    String html =
        Files.readString(
            Path.of(
                URI.create(
                    linksOpened.stream()
                        .filter(l -> l.endsWith("-debrief.html"))
                        .findFirst()
                        .orElseThrow())));
    assertThat(html)
        .contains("SIMULATION", "Team: Night shift", "labelled", "replied: We are sorry")
        .contains("published a statement", "Good first reply", "What to practise next")
        .contains("Time to first statement");
    assertThat(services.incidents().current()).as("the live database is untouched").isEmpty();
    robot.interact(drill::close);
  }
}
