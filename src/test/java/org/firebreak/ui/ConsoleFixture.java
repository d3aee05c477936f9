package org.firebreak.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** The whole console on a fresh H2 database and a clock the test moves, as the app builds it. */
@ExtendWith(ApplicationExtension.class)
abstract class ConsoleFixture {

  @TempDir static Path dir;
  protected final MutableClock clock = new MutableClock(TempDatabase.T0);
  protected final List<String> linksOpened = new CopyOnWriteArrayList<>();
  protected Services services;
  protected FxTaskRunner runner;
  protected Scene scene;
  protected Stage stage;
  protected Console console;

  /** The interface language; English unless a test says otherwise. */
  protected Locale locale() {
    return Locale.ENGLISH;
  }

  /**
   * Subclasses call this from their own {@code @Start} method (TestFX finds only declared ones).
   */
  protected void open(Stage stage) throws Exception {
    this.stage = stage;
    services = openServices(Files.createTempDirectory(dir, "ui"));
    runner = new FxTaskRunner();
    I18n i18n = new I18n(locale());
    console = new Console(services, runner, i18n, new ErrorReporter(i18n), linksOpened::add);
    scene = new Scene(console.root(), 1280, 800);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
    console.start();
  }

  private boolean demo;

  /** As {@link #open}, on a fresh database holding the demo incident. */
  protected void openDemo(Stage stage) throws Exception {
    demo = true;
    open(stage);
  }

  /** The services the console runs on; a test may prepare its database first. */
  protected Services openServices(Path folder) throws Exception {
    Services s = TempDatabase.open(folder, clock);
    if (demo) {
      s.writeDemo();
    }
    return s;
  }

  @AfterEach
  void close() throws Exception {
    // a test that failed half-way may leave dialogs or a drill window open: they go too, so the
    // next test starts from one window
    WaitForAsyncUtils.asyncFx(
            () -> {
              for (Window other : List.copyOf(Window.getWindows())) {
                if (other != stage) {
                  other.hide();
                }
              }
              // out of its scene, the console's timers stop (WhileShown) instead of ticking on
              // through the later test classes of this JVM
              scene.setRoot(new javafx.scene.Group());
              stage.setScene(null);
            })
        .get(30, TimeUnit.SECONDS);
    runner.shutdown();
    services.close();
  }

  protected static void waitUntil(Callable<Boolean> condition) throws Exception {
    FxWait.until(condition);
  }

  /**
   * Clicks a table's first row until it is the one selected. A queue refreshes while the robot's
   * pointer travels, and the table may then hand the row cell it aimed at to another row (seen on a
   * loaded machine: the cell became row 13, below the table): a person would click again.
   */
  protected static void clickFirstRow(FxRobot robot, TableView<?> table) throws Exception {
    int attempt = 0;
    do {
      waitUntil(() -> firstRowCell(robot, table).tryQuery().isPresent());
      robot.clickOn(firstRowCell(robot, table).<Node>query());
      WaitForAsyncUtils.waitForFxEvents();
    } while (table.getSelectionModel().getSelectedIndex() != 0 && ++attempt < 5);
    waitUntil(() -> table.getSelectionModel().getSelectedIndex() == 0);
  }

  private static NodeQuery firstRowCell(FxRobot robot, TableView<?> table) {
    return robot
        .from(table)
        .lookup(".table-row-cell")
        .match((TableRow<?> r) -> r.getIndex() == 0 && r.getItem() != null);
  }

  /** The open drill window (titled SIMULATION), or null while there is none. */
  protected static javafx.stage.Stage drillStage(FxRobot robot) {
    return (javafx.stage.Stage)
        robot.listTargetWindows().stream()
            .filter(
                w ->
                    w instanceof javafx.stage.Stage st
                        && st.getTitle() != null
                        && st.getTitle().startsWith("SIMULATION"))
            .findFirst()
            .orElse(null);
  }

  protected static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }
}
