package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.firebreak.store.Backups;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * An automatic backup that fails is shown in the status bar, saying what to do, until a backup
 * succeeds again.
 */
class BackupWarningUiTest extends ConsoleFixture {

  @Start
  void start(Stage s) throws Exception {
    openDemo(s);
  }

  @Test
  void aFailedBackupIsShownWithItsFolderAndALaterSuccessClearsIt(FxRobot robot) throws Exception {
    Path folder = Backups.folder(services.database().base());
    // a file where the backup folder should be: the folder cannot be made
    Files.writeString(folder, "not a folder");
    assertThat(robot.lookup("#statusBackupFailed").queryAs(Label.class).isVisible()).isFalse();

    assertThat(services.autoBackup().tick()).isEmpty();

    waitUntil(() -> robot.lookup("#statusBackupFailed").queryAs(Label.class).isVisible());
    Label warning = robot.lookup("#statusBackupFailed").queryAs(Label.class);
    assertThat(warning.getText())
        .startsWith("Backup failed at")
        .endsWith("the backup folder cannot be written");
    assertThat(warning.getTooltip().getText())
        .contains(folder.toString())
        .contains("Your work is still saved");
    Snapshots.write(scene.getRoot(), "console-backup-failed");

    Files.delete(folder);
    assertThat(services.autoBackup().tick()).as("the next tick tries again").isPresent();
    waitUntil(() -> !robot.lookup("#statusBackupFailed").queryAs(Label.class).isVisible());
    assertThat(warning.getText()).isEmpty();
  }
}
