package org.firebreak.ui;

import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.firebreak.app.RecentDatabases;
import org.firebreak.app.Services;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.store.StoreException;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.preferences.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: opens the incident database off the FX thread, then the console. */
public final class FirebreakApp extends Application {

  private static final Logger LOG = LoggerFactory.getLogger(FirebreakApp.class);

  /** System property: open the window, print what was shown, and quit (CI's packaged-app check). */
  public static final String SMOKE_TEST = "firebreak.smokeTest";

  private final PreferencesStore preferencesStore = PreferencesStore.forThisUser();
  private Preferences preferences = Preferences.defaults();
  private final RecentDatabases recent = RecentDatabases.forThisUser();
  private List<RecentDatabases.Entry> recentOthers = List.of();
  private Services services;
  private StoreException openFailure;
  private ConsoleHost host;

  public static void launchConsole(String dbOption) {
    Application.launch(
        FirebreakApp.class, dbOption == null ? new String[0] : new String[] {"--db=" + dbOption});
  }

  /**
   * Runs on the launcher thread, so opening and migrating the database never blocks the FX thread.
   */
  @Override
  public void init() {
    preferences = preferencesStore.load();
    String db = getParameters().getNamed().get("db");
    try {
      services = Services.open(DatabaseLocation.resolveForThisUser(db), Clock.systemUTC());
      recentOthers = ConsoleHost.remember(recent, services, services.clock().instant());
    } catch (StoreException e) {
      LOG.error("Could not open the incident database", e);
      openFailure = e;
    }
  }

  @Override
  public void start(Stage stage) {
    I18n i18n = new I18n(preferences.locale());
    new org.firebreak.ui.common.ErrorReporter(i18n).install();
    if (openFailure != null) {
      Alert alert =
          org.firebreak.ui.common.DialogButtons.alert(
              Alert.AlertType.ERROR, openFailure.getMessage(), i18n);
      alert.setHeaderText(i18n.get("error.cannotOpen"));
      alert.showAndWait();
      Platform.exit();
      return;
    }
    host =
        new ConsoleHost(
            services,
            FxTaskRunner::new,
            url -> getHostServices().showDocument(url),
            preferencesStore,
            preferences,
            recent,
            recentOthers,
            1280,
            800);
    host.errors().install();
    stage.setTitle(host.i18n().get("app.title"));
    for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
      stage
          .getIcons()
          .add(new Image(getClass().getResourceAsStream("/icon/firebreak-" + size + ".png")));
    }
    stage.setScene(host.scene());
    stage.setMinWidth(900);
    stage.setMinHeight(600);
    stage.show();
    host.start();
    if (Boolean.getBoolean(SMOKE_TEST)) {
      // CI starts the packaged app once to prove it runs: report the window and quit.
      Platform.runLater(
          () -> {
            System.out.printf(
                "Firebreak window shown: \"%s\" %.0fx%.0f on %s%n",
                stage.getTitle(),
                stage.getWidth(),
                stage.getHeight(),
                host.services().database().dataFile());
            Platform.exit();
          });
    }
  }

  @Override
  public void stop() {
    if (host != null) {
      host.close();
    } else if (services != null) {
      services.close();
    }
  }
}
