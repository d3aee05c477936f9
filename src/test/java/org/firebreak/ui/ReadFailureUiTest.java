package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * When the queue can no longer read its database, the status bar says so, with the time and the
 * cause, instead of leaving the last rows on screen as if they were current.
 */
class ReadFailureUiTest extends ConsoleFixture {

  @Start
  void start(Stage s) throws Exception {
    openDemo(s);
  }

  @Test
  void aQueueThatCannotReadSaysSoInTheStatusBar(FxRobot robot) throws Exception {
    Label failed = robot.lookup("#statusReadFailed").queryAs(Label.class);
    waitUntil(() -> !robot.lookup("#queueTable").queryTableView().getItems().isEmpty());
    assertThat(failed.isVisible()).isFalse();

    services.database().close(); // the file gone from under the console, as on a lost drive

    // the "N new" poll runs every half second; its failure is the first to show
    waitUntil(failed::isVisible);
    assertThat(failed.getText())
        .matches(".+ failed at .+; what it shows may be out of date")
        .doesNotContain("{");
    assertThat(failed.getTooltip().getText()).isNotBlank();
    assertThat(robot.lookup("#queueTable").queryTableView().getItems()).isNotEmpty();
    Snapshots.write(console.root(), "read-failure");
  }
}
