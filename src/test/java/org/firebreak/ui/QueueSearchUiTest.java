package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.firebreak.queue.Message;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The queue's search box, as a person uses it on the demo incident. */
class QueueSearchUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  private static TableView<?> demoQueue(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    TableView<?> queue = robot.lookup("#queueTable").queryTableView();
    waitUntil(() -> queue.getItems().size() == 200);
    return queue;
  }

  private static void search(FxRobot robot, String typed) {
    robot.clickOn("#queueSearch").push(KeyCode.SHORTCUT, KeyCode.A).push(KeyCode.BACK_SPACE);
    robot.write(typed).type(KeyCode.ENTER);
  }

  @Test
  void typingWordsShowsOnlyMessagesWithAllOfThem(FxRobot robot) throws Exception {
    TableView<?> queue = demoQueue(robot);
    search(robot, "Lawyer KITCHEN");
    waitUntil(() -> !queue.getItems().isEmpty() && queue.getItems().size() < 200);
    assertThat(queue.getItems())
        .allSatisfy(
            m ->
                assertThat(((Message) m).text())
                    .containsIgnoringCase("lawyer")
                    .contains("kitchen"));
    assertThat(text(robot, "#queueCount")).matches("Showing (\\d+) of \\1 messages?.*");
    Snapshots.write(stage.getScene().getRoot(), "queue-search");
  }

  @Test
  void anIndonesianWordAndAHashtagFindTheirMessages(FxRobot robot) throws Exception {
    TableView<?> queue = demoQueue(robot);
    search(robot, "ketel");
    waitUntil(() -> !queue.getItems().isEmpty() && queue.getItems().size() < 200);
    assertThat(queue.getItems())
        .allSatisfy(m -> assertThat(((Message) m).text()).containsIgnoringCase("ketel"));
    search(robot, "#AromaBrewRecall");
    waitUntil(
        () ->
            !queue.getItems().isEmpty()
                && queue.getItems().stream()
                    .allMatch(m -> ((Message) m).text().contains("#AromaBrewRecall")));
  }

  @Test
  void signsThatMeanSomethingToADatabaseFindNothingAndBreakNothing(FxRobot robot) throws Exception {
    TableView<?> queue = demoQueue(robot);
    search(robot, "%_'; --");
    waitUntil(() -> text(robot, "#queueCount").startsWith("Showing 0 of 0"));
    assertThat(queue.getItems()).isEmpty();
    assertThat(text(robot, "#queuePlaceholder"))
        .isEqualTo("No message matches this search and filter.");
    Snapshots.write(stage.getScene().getRoot(), "queue-search-no-match");
    search(robot, "");
    waitUntil(() -> queue.getItems().size() == 200);
  }
}
