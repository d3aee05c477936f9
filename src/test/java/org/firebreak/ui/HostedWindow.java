package org.firebreak.ui;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.firebreak.app.RecentDatabases;
import org.firebreak.app.Services;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.TaskRunner;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.preferences.PreferencesStore;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as the application builds it (menus, welcome screen, console), in English, shown
 * in a UI test's stage; and its closing.
 */
public final class HostedWindow {

  private HostedWindow() {}

  /** One database, with no list of recent ones. */
  public static ConsoleHost show(
      Stage stage, Services services, TaskRunner runner, PreferencesStore store) {
    return show(
        stage,
        new ConsoleHost(
            services,
            runner,
            url -> {},
            store,
            Preferences.defaults().withLanguage("en"),
            1280,
            800));
  }

  /** An empty database, with the recent ones (less itself) offered on the welcome screen. */
  public static ConsoleHost showEmpty(
      Stage stage, Services empty, Path dir, RecentDatabases recent, Instant now) {
    return show(
        stage,
        new ConsoleHost(
            empty,
            FxTaskRunner::new,
            url -> {},
            new PreferencesStore(dir.resolve(PreferencesStore.FILE_NAME)),
            Preferences.defaults().withLanguage("en"),
            recent,
            ConsoleHost.remember(recent, empty, now),
            1280,
            800));
  }

  private static ConsoleHost show(Stage stage, ConsoleHost host) {
    stage.setScene(host.scene());
    stage.show();
    host.start();
    return host;
  }

  /** Closes the windows the test opened besides the stage, then the host and its database. */
  public static void close(Stage stage, ConsoleHost host) throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              new ArrayList<>(Window.getWindows())
                  .stream()
                      .filter(w -> w != stage && w instanceof Stage)
                      .forEach(w -> ((Stage) w).close());
              // out of its scene, the console's timers stop instead of ticking on
              stage.getScene().setRoot(new javafx.scene.Group());
              stage.setScene(null);
            })
        .get();
    host.close(); // stops the live sources, the runner and the database
  }
}
