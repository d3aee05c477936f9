package org.firebreak.ui;

import java.util.function.Consumer;
import javafx.scene.Scene;
import org.firebreak.app.Services;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;
import org.firebreak.ui.common.Theme;
import org.firebreak.ui.preferences.Preferences;
import org.firebreak.ui.preferences.PreferencesDialog;
import org.firebreak.ui.preferences.PreferencesStore;

/**
 * Holds the window's scene and the console in it. Applying preferences rebuilds the console in the
 * chosen language and swaps it in: nothing is lost, because all work is in the database.
 */
public final class ConsoleHost implements AutoCloseable {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleHost.class);
  private final Services services;
  private final org.firebreak.intake.webhook.WebhookSecret secret;
  private final org.firebreak.intake.LiveIntake live;
  private final TaskRunner runner;
  private final Consumer<String> openLink;
  private final PreferencesStore store;
  private final Scene scene;
  private Preferences preferences;
  private I18n i18n;
  private ErrorReporter errors;
  private Console console;

  public ConsoleHost(
      Services services,
      TaskRunner runner,
      Consumer<String> openLink,
      PreferencesStore store,
      Preferences preferences,
      double width,
      double height) {
    this.services = services;
    this.runner = runner;
    this.openLink = openLink;
    this.store = store;
    this.preferences = preferences;
    this.secret =
        new org.firebreak.intake.webhook.WebhookSecret(
            store.file().resolveSibling(org.firebreak.intake.webhook.WebhookSecret.FILE_NAME));
    this.live =
        new org.firebreak.intake.LiveIntake(
            services.intake(),
            services.liveIntake(),
            services.clock(),
            secret,
            line -> LOG.info("Live intake: {}", line));
    this.console = build();
    this.scene = new Scene(console.root(), width, height);
    Theme.apply(scene, preferences);
  }

  private Console build() {
    i18n = new I18n(preferences.locale());
    errors = new ErrorReporter(i18n);
    return new Console(
        services, runner, i18n, errors, openLink, preferences, this::openPreferences);
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

  /** Loads the console's data (in the background). */
  public void start() {
    console.start();
    applyIntake(preferences.intake());
  }

  /** Starts or stops the webhook and the watched folder (in the background). */
  private void applyIntake(org.firebreak.ui.preferences.IntakePreferences intake) {
    runner.execute(
        () -> live.apply(intake.settings()),
        () -> {},
        e -> errors.report(i18n.get("intake.live.failed"), e));
  }

  /** Stops the live intake sources (the app is closing). */
  @Override
  public void close() {
    live.close();
  }

  void openPreferences() {
    new PreferencesDialog(scene.getWindow(), preferences, store.file(), i18n, secret, runner)
        .showAndWait()
        .ifPresent(this::apply);
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
