package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.Theme;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.preferences.PreferencesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PreferencesUiTest {

  @TempDir static Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private Services services;
  private FxTaskRunner runner;
  private Stage stage;
  private ConsoleHost host;
  private PreferencesStore store;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    Path folder = Files.createTempDirectory(dir, "prefs");
    services = TempDatabase.open(folder, clock);
    runner = new FxTaskRunner();
    store = new PreferencesStore(folder.resolve(PreferencesStore.FILE_NAME));
    host = HostedWindow.show(stage, services, runner, store);
  }

  @AfterEach
  void close() throws Exception {
    HostedWindow.close(stage, host);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  @Test
  void switchingToIndonesianRenamesTabsAndHeaderAndKeepsTheTabAndTheWork(FxRobot robot)
      throws Exception {
    FxWait.until(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    FxWait.until(() -> "Active".equals(text(robot, "#incidentState")));
    robot.clickOn("Monitor");

    robot.clickOn("File").clickOn("Preferences\u2026");
    FxWait.until(() -> robot.lookup("#prefsLanguage").tryQuery().isPresent());
    ChoiceBox<String> language = robot.lookup("#prefsLanguage").queryAs(ChoiceBox.class);
    robot.interact(() -> language.setValue("id"));
    robot.clickOn("#prefsApply");

    FxWait.until(() -> "Aktif".equals(text(robot, "#incidentState")));
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    assertThat(tabs.getTabs())
        .extracting(Tab::getText)
        .containsExactly("Antrean", "Balasan", "Pernyataan", "Pantau", "Rencana");
    assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("monitorTab");
    assertThat(robot.lookup("#declareButton").queryButton().getText())
        .isEqualTo("Nyatakan insiden");
    assertThat(text(robot, "#incidentName")).isEqualTo("Demo: AromaBrew kettle recall");
    FxWait.until(() -> Files.exists(store.file()));
    FxWait.until(() -> "id".equals(store.load().language()));
    Snapshots.write(stage.getScene().getRoot(), "id-after-switch");
  }

  @Test
  void themeFontAndDefaultWindowApplyAtOnce(FxRobot robot) throws Exception {
    FxWait.until(() -> robot.lookup("#welcome").query().isVisible());
    robot.interact(() -> host.apply(new Preferences("en", "dark", 18, false, 45)));
    assertThat(stage.getScene().getRoot().getStyleClass()).contains(Theme.DARK);
    assertThat(stage.getScene().getRoot().getStyle()).contains("18px");
    Snapshots.write(stage.getScene().getRoot(), "prefs-dark");
    robot.interact(() -> host.apply(new Preferences("en", "high-contrast", 14, true, 45)));
    assertThat(stage.getScene().getRoot().getStyleClass())
        .contains(Theme.HIGH_CONTRAST)
        .doesNotContain(Theme.DARK);
    FxWait.until(() -> robot.lookup("#welcome").query().isVisible());
    Snapshots.write(stage.getScene().getRoot(), "prefs-high-contrast");

    robot.clickOn("#welcomeDeclare");
    FxWait.until(() -> robot.lookup("#declareWindow").tryQuery().isPresent());
    Spinner<?> window = robot.lookup("#declareWindow").queryAs(Spinner.class);
    assertThat(window.getValue()).isEqualTo(45);
    robot.interact(() -> window.getScene().getWindow().hide());
  }
}
