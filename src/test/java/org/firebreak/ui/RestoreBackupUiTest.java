package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.queue.QueueQuery;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The incident file is gone but its backups are not: the welcome screen offers them, lists each
 * with its time and counts, and restores the chosen one into a new file the console then opens.
 */
class RestoreBackupUiTest extends ConsoleFixture {

  private final List<Path> restored = new CopyOnWriteArrayList<>();

  @Start
  void start(Stage s) throws Exception {
    open(s);
    console.onRestored(restored::add);
  }

  @Override
  protected Services openServices(Path folder) throws Exception {
    try (Services before = TempDatabase.open(folder, clock)) {
      before.writeDemo();
      before.autoBackup().tick().orElseThrow();
    }
    Path lost = DatabaseLocation.dataFile(folder.resolve("incident"));
    Files.delete(lost);
    Files.deleteIfExists(lost.resolveSibling(lost.getFileName() + ".sha256"));
    return TempDatabase.open(folder, clock);
  }

  @Test
  void theWelcomeScreenRestoresTheChosenBackupIntoANewFile(FxRobot robot) throws Exception {
    waitUntil(
        () -> robot.lookup("#welcomeRestore").tryQuery().map(n -> n.isVisible()).orElse(false));
    robot.clickOn("#welcomeRestore");
    waitUntil(() -> robot.lookup("#backupList").tryQuery().isPresent());
    ListView<?> list = robot.lookup("#backupList").queryAs(ListView.class);
    assertThat(list.getItems()).hasSize(1);
    DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
        .anyMatch(c -> c.getText() != null && c.getText().contains("320 messages"));
    Snapshots.write(pane, "backup-restore-dialog");
    robot.clickOn("#backupRestore");
    waitUntil(() -> !restored.isEmpty());
    Path file = restored.get(0);
    assertThat(file.getFileName().toString()).startsWith("incident-restored-");
    try (Services s = Services.open(file, clock)) {
      assertThat(s.messages().count(QueueQuery.newestFirst())).isEqualTo(320);
    }
  }
}
