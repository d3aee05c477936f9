package org.firebreak.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.firebreak.app.RecentDatabases;
import org.firebreak.app.Services;
import org.firebreak.store.Backups;
import org.firebreak.store.DatabaseDamagedException;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.store.RecoveryDump;
import org.firebreak.store.StoreException;
import org.firebreak.ui.backup.BackupsDialog;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.preferences.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the incident database off the FX thread, then the console. A
 * damaged database is never replaced: the person is offered a backup or a recovery dump. While an
 * incident is active the database in view is backed up every ten minutes.
 */
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
  private List<Backups.Backup> backupsOfDamaged = List.of();
  private Path base;
  // read by the backup scheduler's thread
  private volatile ConsoleHost host;
  private final ScheduledExecutorService backupScheduler =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName("firebreak-backup");
            t.setDaemon(true);
            return t;
          });

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
    base = DatabaseLocation.resolveForThisUser(db);
    try {
      services = Services.open(base, Clock.systemUTC());
      recentOthers = ConsoleHost.remember(recent, services, services.clock().instant());
    } catch (DatabaseDamagedException e) {
      LOG.error("The incident database is damaged", e);
      openFailure = e;
      backupsOfDamaged = Backups.list(base);
    } catch (StoreException e) {
      LOG.error("Could not open the incident database", e);
      openFailure = e;
    }
  }

  @Override
  public void start(Stage stage) {
    I18n i18n = new I18n(preferences.locale());
    ErrorReporter errors = new ErrorReporter(i18n);
    errors.install();
    if (openFailure instanceof DatabaseDamagedException damaged) {
      offerRecovery(stage, damaged, i18n, errors);
      return;
    }
    if (openFailure != null) {
      Alert alert =
          org.firebreak.ui.common.DialogButtons.alert(
              Alert.AlertType.ERROR, openFailure.getMessage(), i18n);
      alert.setHeaderText(i18n.get("error.cannotOpen"));
      alert.showAndWait();
      Platform.exit();
      return;
    }
    showConsole(stage);
  }

  /** The damaged file stays as it is; a backup is restored beside it, or a dump is written. */
  private void offerRecovery(
      Stage stage, DatabaseDamagedException damaged, I18n i18n, ErrorReporter errors) {
    Object choice =
        new BackupsDialog(
                null, backupsOfDamaged, i18n, damaged.file().toString(), ZoneId.systemDefault())
            .showAndWait()
            .orElse(null);
    FxTaskRunner once = new FxTaskRunner();
    if (choice instanceof Backups.Backup backup) {
      once.run(
          () -> {
            Path restored = Backups.restore(backup, Backups.restoreTarget(base, backup.takenAt()));
            Services opened = Services.open(restored, Clock.systemUTC());
            recentOthers = ConsoleHost.remember(recent, opened, opened.clock().instant());
            return opened;
          },
          opened -> {
            services = opened;
            showConsole(stage);
          },
          e -> {
            errors.report(i18n.get("backup.failed"), e);
            Platform.exit();
          });
    } else if (choice == BackupsDialog.DUMP) {
      once.run(
          () -> RecoveryDump.write(damaged.file()),
          dump -> {
            org.firebreak.ui.common.DialogButtons.alert(
                    Alert.AlertType.INFORMATION, i18n.get("backup.dumped", dump.toString()), i18n)
                .showAndWait();
            Platform.exit();
          },
          e -> {
            errors.report(i18n.get("backup.dump"), e);
            Platform.exit();
          });
    } else {
      Platform.exit();
    }
  }

  private void showConsole(Stage stage) {
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
    backupScheduler.scheduleWithFixedDelay(
        () -> host.services().autoBackup().tick(), 1, 1, TimeUnit.MINUTES);
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
    backupScheduler.shutdownNow();
    if (host != null) {
      host.close();
    } else if (services != null) {
      services.close();
    }
  }
}
