package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.firebreak.app.RecentDatabases;
import org.firebreak.app.Services;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A colleague's session file opens in the console itself (File › Open session file, or dropped on
 * the window): a new database beside the one in view, then the window switches to it.
 */
@ExtendWith(ApplicationExtension.class)
class OpenSessionUiTest {
  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private Stage stage;
  private ConsoleHost host;
  private Path file;
  private long messages;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    file = Files.createDirectories(dir.resolve("inbox")).resolve("ben.firebreak");
    try (Services ben = Services.open(dir.resolve("inbox").resolve("ben-db"), clock)) {
      ben.writeDemo();
      messages = ben.messages().count(org.firebreak.queue.QueueQuery.newestFirst());
      new SessionExporter(ben.database(), clock).export(file, "ben", SessionExporter.Progress.NONE);
    }
    RecentDatabases recent = new RecentDatabases(dir.resolve(RecentDatabases.FILE_NAME));
    Path here = Files.createDirectories(dir.resolve("incidents")).resolve("empty");
    Services empty = Services.open(here, clock);
    // a database already named like the file: the session file must not be opened over it
    Services.open(here.resolveSibling("ben"), clock).close();
    host = HostedWindow.showEmpty(stage, empty, dir, recent, clock.instant());
  }

  @AfterEach
  void close() throws Exception {
    HostedWindow.close(stage, host);
  }

  @Test
  void aDroppedSessionFileOpensAsANewIncidentAndTheWindowSwitchesToIt(FxRobot robot)
      throws Exception {
    FxWait.until(60, () -> robot.lookup("#welcome").query().isVisible());
    MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    assertThat(menus.getMenus().get(0).getItems())
        .extracting(javafx.scene.control.MenuItem::getText)
        .contains("Open session file\u2026");

    WaitForAsyncUtils.asyncFx(() -> host.console().files().dropped(file)).get();

    FxWait.until(
        60, () -> host.services().database().base().getFileName().toString().equals("ben-2"));
    FxWait.until(60, () -> !robot.lookup("#welcome").query().isVisible());
    FxWait.until(
        60, () -> robot.lookup("#incidentName").queryAs(Label.class).getText().contains("kettle"));
    assertThat(host.services().messages().count(org.firebreak.queue.QueueQuery.newestFirst()))
        .isEqualTo(messages)
        .isPositive();
    assertThat(Files.exists(DatabaseLocation.dataFile(dir.resolve("incidents").resolve("ben-2"))))
        .as("opened beside the database in view, not over the existing 'ben'")
        .isTrue();
    FxWait.until(
        60,
        () ->
            robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(
                    n ->
                        n instanceof Label l
                            && l.getText().contains("ben.firebreak")
                            && l.getText().contains("ben-2")));
    Snapshots.write(stage.getScene().getRoot(), "session-opened");
  }
}
