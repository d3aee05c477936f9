package org.firebreak.ui;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
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

  private final PreferencesStore preferencesStore = PreferencesStore.forThisUser();
  private Preferences preferences = Preferences.defaults();
  private Services services;
  private StoreException openFailure;
  private FxTaskRunner runner;
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
    runner = new FxTaskRunner();
    host =
        new ConsoleHost(
            services,
            runner,
            url -> getHostServices().showDocument(url),
            preferencesStore,
            preferences,
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
  }

  @Override
  public void stop() {
    if (host != null) {
      host.close();
    }
    if (runner != null) {
      runner.shutdown();
    }
    if (services != null) {
      services.close();
    }
  }
}
