package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The drill picker offers installed scenarios beside the built-in ones, and names a bad file. */
class DrillPickerUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void anInstalledEventsListIsOfferedAndABrokenFileIsNamedWithItsField(FxRobot robot)
      throws Exception {
    Path folder =
        Files.createDirectories(
            services.database().base().toAbsolutePath().resolveSibling("scenarios"));
    Files.writeString(
        folder.resolve("night-shift.csv"),
        "offset,kind,platform,author,text\n"
            + "0,message,x,@ana,My kettle smoked this morning\n"
            + "5,journalist,facebook,@desk,Can you comment on the smoke reports?\n");
    Files.writeString(
        folder.resolve("broken.json"),
        "{\"schemaVersion\": 1, \"title\": \"t\", \"language\": \"en\", \"cause\": \"internal\","
            + " \"originPlatform\": \"x\", \"firstResponseMinutes\": 15, \"durationMinutes\": 30,"
            + " \"injects\": [{\"atMinute\": -3, \"kind\": \"message\", \"text\": \"hi\"}]}");

    robot.clickOn("#welcomeTraining");
    waitUntil(() -> robot.lookup("#drillScenarios").tryQuery().isPresent());
    ListView<?> choices = robot.lookup("#drillScenarios").queryListView();
    assertThat(choices.getItems())
        .extracting(Object::toString)
        .contains("Product safety recall with injuries (EN, built in)")
        .contains("night-shift (EN, night-shift.csv)");
    assertThat(robot.lookup("#drillLeftOut").queryAs(Label.class).getText())
        .contains("broken.json: injects[0].atMinute");
    Snapshots.write(robot.lookup("#drillPicker").query(), "drill-picker");

    robot.interact(() -> choices.getSelectionModel().select(choices.getItems().size() - 1));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
    robot.type(KeyCode.ENTER); // no team name
    waitUntil(() -> drillStage(robot) != null);
    Stage drill = drillStage(robot);
    assertThat(drill.getTitle()).contains("night-shift");
    ListView<?> injects =
        robot.from(drill.getScene().getRoot()).lookup("#drillInjects").queryListView();
    assertThat(injects.getItems()).hasSize(2);
    robot.interact(drill::close);
  }
}
