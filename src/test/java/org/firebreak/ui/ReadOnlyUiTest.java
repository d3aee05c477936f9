package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.store.Database;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A database in a folder that cannot be written opens read-only, with a banner saying so. */
class ReadOnlyUiTest extends ConsoleFixture {

  @Start
  void start(Stage s) throws Exception {
    open(s);
  }

  @Override
  protected Services openServices(Path folder) throws Exception {
    try (Services before = TempDatabase.open(folder, clock)) {
      before.writeDemo();
    }
    return new Services(Database.openReadOnly(folder.resolve("incident")), clock);
  }

  @Test
  void theConsoleOpensReadOnlyWithABannerAndShowsTheIncident(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#readOnlyBanner").tryQuery().isPresent());
    assertThat(text(robot, "#readOnlyBanner"))
        .startsWith("Read-only:")
        .contains("incident.mv.db")
        .contains("changes will not be saved");
    Snapshots.write(scene.getRoot(), "console-read-only");
  }
}
