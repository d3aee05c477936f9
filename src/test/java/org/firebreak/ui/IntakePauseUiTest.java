package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.queue.Message;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Pause intake from the header: arrivals are held (and counted on the Monitor) until Release. */
class IntakePauseUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void arrivalsWhilePausedAreHeldCountedAndReleased(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    TableView<?> queue = robot.lookup("#queueTable").queryTableView();
    waitUntil(() -> queue.getItems().size() == 200);
    assertThat(robot.lookup("#pauseIntake").queryButton().getText()).isEqualTo("Pause intake");

    robot.clickOn("#pauseIntake");
    waitUntil(() -> robot.lookup("#pauseIntake").queryButton().getText().equals("Release held"));
    clock.advance(Duration.ofMinutes(1));
    arrive("held-1", "Still waiting for a refund");
    arrive("held-2", "Anyone there?");

    waitUntil(() -> text(robot, "#intakeHeld").endsWith("· 2 held"));
    robot.clickOn("#monitorTab");
    waitUntil(() -> text(robot, "#monitorHeld").equals("2 held by pause"));
    Snapshots.write(robot.lookup("#tabs").query().getScene().getRoot(), "intake-paused");
    robot.clickOn("#queueTab");
    Snapshots.write(robot.lookup("#tabs").query().getScene().getRoot(), "intake-paused-queue");
    assertThat(queue.getItems())
        .as("held messages stay out of the queue")
        .noneMatch(m -> ((Message) m).externalId().startsWith("held-"));
    assertThat(robot.lookup("#queueNewArrivals").query().isVisible()).isFalse();

    robot.clickOn("#pauseIntake");
    waitUntil(
        () -> queue.getItems().stream().anyMatch(m -> ((Message) m).externalId().equals("held-2")));
    assertThat(robot.lookup("#intakeHeld").query().isVisible()).isFalse();
    assertThat(robot.lookup("#pauseIntake").queryButton().getText()).isEqualTo("Pause intake");
  }

  private void arrive(String id, String text) {
    String json =
        "{\"id\":\"" + id + "\",\"platform\":\"x\",\"author\":\"fan\",\"text\":\"" + text + "\"}";
    services
        .intake()
        .run(
            id,
            new SourceOpener(ColumnMapping.generic())
                .open(
                    id,
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    SourceFormat.JSON),
            ImportControl.silent());
  }
}
