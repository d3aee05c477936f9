package org.firebreak.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.firebreak.app.RecentDatabases;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.ConsoleHost;
import org.firebreak.ui.FxWait;
import org.firebreak.ui.HostedWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The welcome screen lists the incidents opened lately and opens one in place of the empty one. */
@ExtendWith(ApplicationExtension.class)
class RecentDatabasesUiTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private Stage stage;
  private ConsoleHost host;
  private Path kettle;
  private RecentDatabases recent;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    kettle = Files.createDirectories(dir.resolve("kettle")).resolve("kettle-recall");
    try (Services demo = Services.open(kettle, clock)) {
      demo.writeDemo();
    }
    recent = new RecentDatabases(dir.resolve(RecentDatabases.FILE_NAME));
    recent.remember(kettle, TempDatabase.T0.minusSeconds(3600));
    Services empty = Services.open(dir.resolve("empty"), clock);
    host = HostedWindow.showEmpty(stage, empty, dir, recent, clock.instant());
  }

  @AfterEach
  void close() throws Exception {
    HostedWindow.close(stage, host);
  }

  @Test
  void aRecentIncidentOpensFromTheWelcomeScreen(FxRobot robot) throws Exception {
    FxWait.until(() -> robot.lookup("#welcome").query().isVisible());
    Hyperlink link =
        robot.lookup("#welcomeRecent .hyperlink").queryAllAs(Hyperlink.class).stream()
            .filter(h -> h.getText().equals("kettle-recall"))
            .findFirst()
            .orElseThrow();
    assertThat(
            robot.lookup("#welcomeRecent .fb-welcome-recent-detail").queryAs(Label.class).getText())
        .as("the folder it lives in, so two incidents with one name can be told apart")
        .contains(kettle.getParent().toString());

    org.firebreak.ui.Snapshots.write(stage.getScene().getRoot(), "welcome-recent");
    robot.clickOn(link);

    FxWait.until(() -> !robot.lookup("#welcome").query().isVisible());
    FxWait.until(() -> !robot.lookup("#incidentName").queryAs(Label.class).getText().isBlank());
    assertThat(host.services().database().base().getFileName().toString())
        .isEqualTo("kettle-recall");
    // the empty database it replaced is closed (it can be opened again) and now listed as recent
    FxWait.until(
        () -> {
          try (Services again = Services.open(dir.resolve("empty"), clock)) {
            return true;
          } catch (RuntimeException stillOpen) {
            return false;
          }
        });
    assertThat(recent.list())
        .extracting(RecentDatabases.Entry::name)
        .containsExactly("kettle-recall", "empty");
  }
}
