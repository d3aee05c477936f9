package org.firebreak.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import org.firebreak.app.RecentDatabases;
import org.firebreak.app.Services;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;
import org.firebreak.ui.common.Theme;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.preferences.PreferencesDialog;
import org.firebreak.ui.preferences.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the window's scene and the console in it. Applying preferences rebuilds the console in the
 * chosen language and swaps it in: nothing is lost, because all work is in the database. Opening
 * another incident database does the same with new services; the old ones are closed once their
 * last background work has finished.
 */
public final class ConsoleHost implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsoleHost.class);

  private final Supplier<TaskRunner> runners;
  private final Consumer<String> openLink;
  private final PreferencesStore store;
  private final RecentDatabases recent;
  private final org.firebreak.intake.webhook.WebhookSecret secret;
  private org.firebreak.intake.LiveIntake live;
  private final Scene scene;
  // read by the backup scheduler's thread as well as the FX thread
  private volatile Services services;
  private List<RecentDatabases.Entry> others;
  private TaskRunner runner;
  private Preferences preferences;
  private I18n i18n;
  private ErrorReporter errors;
  private Console console;

  /** A host on one database with no recent list (tests). */
  public ConsoleHost(
      Services services,
      TaskRunner runner,
      Consumer<String> openLink,
      PreferencesStore store,
      Preferences preferences,
      double width,
      double height) {
    this(services, () -> runner, openLink, store, preferences, null, List.of(), width, height);
  }

  /**
   * @param runners makes the background runner for each console (one per open database)
   * @param recent the recent-databases list to keep, or null for none
   * @param others the recent databases other than this one, read off the FX thread
   */
  public ConsoleHost(
      Services services,
      Supplier<TaskRunner> runners,
      Consumer<String> openLink,
      PreferencesStore store,
      Preferences preferences,
      RecentDatabases recent,
      List<RecentDatabases.Entry> others,
      double width,
      double height) {
    this.services = services;
    this.runners = runners;
    this.runner = runners.get();
    this.openLink = openLink;
    this.store = store;
    this.recent = recent;
    this.preferences = preferences;
    this.others = others;
    this.secret =
        new org.firebreak.intake.webhook.WebhookSecret(
            store.file().resolveSibling(org.firebreak.intake.webhook.WebhookSecret.FILE_NAME));
    this.live = liveIntake(services);
    this.console = build();
    this.scene = new Scene(console.root(), width, height);
    Theme.apply(scene, preferences);
  }

  private Console build() {
    i18n = new I18n(preferences.locale());
    errors = new ErrorReporter(i18n);
    HostActions actions =
        recent == null
            ? new HostActions(this::openPreferences, null, List.of(), null)
            : new HostActions(
                this::openPreferences, this::chooseDatabase, others, this::openDatabase);
    Console built = new Console(services, runner, i18n, errors, openLink, preferences, actions);
    built.onRestored(this::openDatabase);
    return built;
  }

  public Scene scene() {
    return scene;
  }

  public Console console() {
    return console;
  }

  public I18n i18n() {
    return i18n;
  }

  public ErrorReporter errors() {
    return errors;
  }

  public Preferences preferences() {
    return preferences;
  }

  /** The services of the database in view (they change when another database is opened). */
  public Services services() {
    return services;
  }

  /** The webhook and watched folder feed the database in view. */
  private org.firebreak.intake.LiveIntake liveIntake(Services target) {
    return new org.firebreak.intake.LiveIntake(
        target.intake(),
        target.liveIntake(),
        target.clock(),
        secret,
        line -> LOG.info("Live intake: {}", line));
  }

  /** Loads the console's data (in the background). */
  public void start() {
    console.start();
    applyIntake(preferences.intake());
  }

  /** Starts or stops the webhook and the watched folder (in the background). */
  private void applyIntake(org.firebreak.ui.preferences.IntakePreferences intake) {
    org.firebreak.intake.LiveIntake sources = live;
    runner.execute(
        () -> sources.apply(intake.settings()),
        () -> {},
        e -> errors.report(i18n.get("intake.live.failed"), e));
  }

  /** Stops the live sources and background work and closes the database (the window closes). */
  @Override
  public void close() {
    live.close();
    runner.shutdown();
    services.close();
  }

  void openPreferences() {
    new PreferencesDialog(scene.getWindow(), preferences, store.file(), i18n, secret, runner)
        .showAndWait()
        .ifPresent(this::apply);
  }

  void chooseDatabase() {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(i18n.get("database.chooseTitle"));
    chooser
        .getExtensionFilters()
        .add(new javafx.stage.FileChooser.ExtensionFilter(i18n.get("database.filter"), "*.mv.db"));
    java.io.File chosen = chooser.showOpenDialog(scene.getWindow());
    if (chosen != null) {
      openDatabase(DatabaseLocation.base(chosen.toPath()));
    }
  }

  /**
   * Opens another incident database in place of this one, off the FX thread. If it cannot be opened
   * (in use, newer, unreadable) the person is told and the incident in view stays open.
   */
  public void openDatabase(Path base) {
    java.time.Clock clock = services.clock();
    runner.run(
        () -> {
          Services next = Services.open(base, clock);
          return new Opened(next, remember(recent, next, clock.instant()));
        },
        this::swapIn,
        e -> errors.report(i18n.get("database.openFailed", base.toString()), e));
  }

  /**
   * Puts the opened database first in the recent list; returns the others, newest first. Runs off
   * the FX thread (it reads and writes the list's file).
   */
  public static List<RecentDatabases.Entry> remember(
      RecentDatabases recent, Services opened, java.time.Instant at) {
    if (recent == null) {
      return List.of();
    }
    Path base = opened.database().base().toAbsolutePath().normalize();
    try {
      recent.remember(base, at);
    } catch (java.io.IOException e) {
      LOG.warn("Could not update the recent databases list", e);
    }
    return recent.list().stream().filter(e -> !e.path().equals(base)).toList();
  }

  private record Opened(Services services, List<RecentDatabases.Entry> others) {}

  private void swapIn(Opened opened) {
    Services oldServices = services;
    TaskRunner oldRunner = runner;
    org.firebreak.intake.LiveIntake oldLive = live;
    String tab = console.selectedTabId();
    services = opened.services();
    runner = runners.get();
    others = opened.others();
    live = liveIntake(services);
    console = build();
    scene.setRoot(console.root());
    console.selectTab(tab);
    start(); // the webhook and watched folder now feed the database in view
    if (oldRunner != runner) {
      runner.execute(
          () -> {
            oldLive.close();
            oldRunner.shutdown(); // waits for the old console's last background work
            oldServices.close();
          },
          () -> LOG.info("Closed {}", oldServices.database().dataFile()),
          e -> LOG.warn("Could not close {}", oldServices.database().dataFile(), e));
    } else {
      oldLive.close();
      oldServices.close();
    }
  }

  /** Saves the preferences (in the background) and applies them at once. */
  public void apply(Preferences next) {
    runner.execute(
        () -> {
          try {
            store.save(next);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        },
        () -> {},
        e -> errors.report(i18n.get("prefs.saveFailed", store.file().toString()), e));
    boolean intakeChanged = !next.intake().equals(preferences.intake());
    preferences = next;
    if (intakeChanged) {
      applyIntake(next.intake());
    }
    String tab = console.selectedTabId();
    console = build();
    scene.setRoot(console.root());
    console.selectTab(tab);
    Theme.apply(scene, next);
    console.start();
  }
}
