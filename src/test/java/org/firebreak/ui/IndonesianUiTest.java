package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.preferences.PreferencesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The console in Bahasa Indonesia: every tab, menu and side-effect-free dialog is walked, and no
 * visible text may be a raw key or an English text that has an Indonesian translation.
 */
@ExtendWith(ApplicationExtension.class)
class IndonesianUiTest {

  private static final List<String> BUNDLES = List.of("i18n/messages", "i18n/share");

  @TempDir static Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private final List<String> problems = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();
  private final Set<String> untranslated = new HashSet<>();
  private Services services;
  private FxTaskRunner runner;
  private Scene scene;
  private Stage stage;
  private Console console;
  private org.firebreak.ui.common.ErrorReporter errors;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    services = TempDatabase.open(Files.createTempDirectory(dir, "id"), clock);
    runner = new FxTaskRunner();
    ConsoleHost host =
        new ConsoleHost(
            services,
            runner,
            url -> {},
            new PreferencesStore(dir.resolve("id-preferences.json")),
            Preferences.defaults().withLanguage("id"),
            1280,
            800);
    console = host.console();
    errors = host.errors();
    scene = host.scene();
    stage.setScene(scene);
    stage.show();
    console.start();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              scene.setRoot(new javafx.scene.Group()); // its timers stop with it
              stage.setScene(null);
            })
        .get();
    runner.shutdown();
    services.close();
  }

  private void loadBundles() throws IOException {
    Set<String> indonesian = new HashSet<>();
    for (String bundle : BUNDLES) {
      Properties en = load(bundle + ".properties");
      Properties id = load(bundle + "_id.properties");
      keys.addAll(en.stringPropertyNames());
      for (String key : en.stringPropertyNames()) {
        String english = en.getProperty(key).strip();
        indonesian.add(id.getProperty(key, "").strip());
        if (!english.equals(id.getProperty(key, "").strip()) && !english.contains("{")) {
          untranslated.add(english);
        }
      }
    }
    untranslated.removeAll(indonesian); // the same word may be right in both languages
    // JavaFX's own dialog words, which it only knows in a few languages (not Indonesian)
    untranslated.addAll(
        List.of("Cancel", "Close", "Yes", "No", "Apply", "Show Details", "Hide Details"));
  }

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (var in = IndonesianUiTest.class.getResourceAsStream("/" + resource);
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    return p;
  }

  /** Checks every showing window, naming the step where a bad text was seen. */
  private void check(String step) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    List<VisibleTexts.Found> seen =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  List<VisibleTexts.Found> all = new ArrayList<>();
                  for (Window w : List.copyOf(Window.getWindows())) {
                    if (w.isShowing() && w.getScene() != null) {
                      all.addAll(VisibleTexts.of(w.getScene().getRoot()));
                    }
                  }
                  return all;
                })
            .get();
    for (VisibleTexts.Found f : seen) {
      String t = f.text();
      if (t.matches("!.+!") || keys.contains(t)) {
        problems.add(step + ": raw key '" + t + "' in " + f.where());
      } else if (untranslated.contains(t)) {
        problems.add(step + ": English '" + t + "' in " + f.where());
      }
    }
  }

  /** Closes every dialog by its cancel (or only) button, as a person would. */
  private void closeDialogs(FxRobot robot) {
    robot.interact(
        () -> {
          for (Window w : List.copyOf(Window.getWindows())) {
            if (w == stage || !w.isShowing() || w.getScene() == null) {
              continue;
            }
            if (w.getScene().getRoot() instanceof DialogPane pane) {
              ButtonType chosen =
                  pane.getButtonTypes().stream()
                      .filter(b -> b.getButtonData().isCancelButton())
                      .findFirst()
                      .orElse(
                          pane.getButtonTypes().stream()
                              .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                              .findFirst()
                              .orElse(pane.getButtonTypes().get(0)));
              ((Button) pane.lookupButton(chosen)).fire();
            } else {
              w.hide();
            }
          }
        });
  }

  @Test
  void everyTabMenuAndDialogSpeaksIndonesian(FxRobot robot) throws Exception {
    loadBundles();
    FxWait.until(() -> robot.lookup("#welcome").query().isVisible());
    check("welcome");
    robot.clickOn("#welcomeDeclare");
    FxWait.until(() -> robot.lookup("#declareName").tryQuery().isPresent());
    check("declare dialog");
    closeDialogs(robot);

    robot.clickOn("#welcomeDemo");
    TableView<?> queue = robot.lookup("#queueTable").queryTableView();
    FxWait.until(() -> queue.getItems().size() == 200);
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    check("queue");
    Snapshots.write(scene.getRoot(), "id-queue");
    robot.clickOn(
        robot
            .lookup("#queueTable .table-row-cell")
            .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == 0)
            .<Node>query());
    check("queue with a message");
    robot.type(javafx.scene.input.KeyCode.R);
    FxWait.until(() -> robot.lookup("#replyText").tryQuery().isPresent());
    check("reply dialog");
    closeDialogs(robot);

    robot.clickOn("Balasan");
    FxWait.until(() -> !robot.lookup("#repliesTable").queryTableView().getItems().isEmpty());
    check("replies");
    Snapshots.write(scene.getRoot(), "id-replies");
    robot.clickOn("#manageLabels");
    FxWait.until(() -> robot.lookup("#labelsList").tryQuery().isPresent());
    check("labels dialog");
    closeDialogs(robot);

    robot.clickOn("Pernyataan");
    FxWait.until(() -> !robot.lookup("#statementsList").queryListView().getItems().isEmpty());
    robot.interact(
        () -> robot.lookup("#statementsList").queryListView().getSelectionModel().select(0));
    check("statements");
    Snapshots.write(scene.getRoot(), "id-statements");
    robot.clickOn("#newStatement");
    FxWait.until(() -> robot.lookup("#newTitle").tryQuery().isPresent());
    check("new statement dialog");
    closeDialogs(robot);

    robot.clickOn("Pantau");
    FxWait.until(
        () ->
            !robot
                .lookup("#volumeChart")
                .queryAs(javafx.scene.chart.LineChart.class)
                .getData()
                .isEmpty());
    check("monitor");
    Snapshots.write(scene.getRoot(), "id-monitor");

    robot.clickOn("Rencana");
    FxWait.until(() -> !robot.lookup("#teamTable").queryTableView().getItems().isEmpty());
    check("plan");
    Snapshots.write(scene.getRoot(), "id-plan");
    assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("planTab");
    FxWait.until(() -> robot.lookup("#playbookTitle").tryQuery().isPresent());
    robot.clickOn("#playbookEdit");
    FxWait.until(() -> robot.lookup("#playbookName").tryQuery().isPresent());
    check("playbook editor");
    closeDialogs(robot);
    robot.clickOn("Komite");
    FxWait.until(() -> robot.lookup("#committeeMarkMet").query().isVisible());
    check("committee");
    Snapshots.write(scene.getRoot(), "id-plan-committee");
    robot.clickOn("#committeeAdd");
    FxWait.until(() -> robot.lookup("#committeeName").tryQuery().isPresent());
    check("committee member dialog");
    closeDialogs(robot);

    robot.clickOn("#resolveButton");
    FxWait.until(() -> Window.getWindows().size() > 1);
    check("resolve confirmation");
    closeDialogs(robot);

    robot.clickOn("Bantuan");
    check("help menu");
    robot.clickOn(robot.lookup(".menu-item").<Node>query());
    FxWait.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
    check("keyboard help");
    closeDialogs(robot);

    robot.clickOn("Berkas").clickOn("#menuPreferences");
    FxWait.until(() -> robot.lookup("#prefsLanguage").tryQuery().isPresent());
    check("preferences dialog");
    Snapshots.write(robot.lookup("#prefsLanguage").query().getScene().getRoot(), "id-preferences");
    closeDialogs(robot);

    Path csv = Path.of(getClass().getResource("/intake/alberta_floods_sample.csv").toURI());
    robot.interact(() -> console.importFile(csv));
    FxWait.until(() -> !robot.lookup("#importPreview").queryTableView().getItems().isEmpty());
    check("import preview");
    Snapshots.write(robot.lookup("#importPreview").query().getScene().getRoot(), "id-import");
    closeDialogs(robot);

    robot.interact(
        () -> errors.report("Impor", new java.io.IOException("contoh: berkas tidak terbaca")));
    FxWait.until(() -> robot.lookup(".details-button").tryQuery().isPresent());
    check("error dialog");
    robot.clickOn(".details-button");
    check("error dialog with details");
    closeDialogs(robot);

    assertThat(problems).as("untranslated or raw texts in the Indonesian console").isEmpty();
  }
}
