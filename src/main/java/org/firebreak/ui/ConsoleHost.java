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
public final class ConsoleHost {
  private final Services services;
  private final TaskRunner runner;
  private final Consumer<String> openLink;
  private final PreferencesStore store;
  private final Scene scene;
  private Preferences preferences;
  private I18n i18n;
  private ErrorReporter errors;
  private Console console;
  private Consumer<java.nio.file.Path> openRestored = p -> {};

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
    this.console = build();
    this.scene = new Scene(console.root(), width, height);
    Theme.apply(scene, preferences);
  }

  private Console build() {
    i18n = new I18n(preferences.locale());
    errors = new ErrorReporter(i18n);
    Console built =
        new Console(services, runner, i18n, errors, openLink, preferences, this::openPreferences);
    built.onRestored(p -> openRestored.accept(p));
    return built;
  }

  /** What opens a database restored from a backup. */
  public void onRestored(Consumer<java.nio.file.Path> open) {
    this.openRestored = open;
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
  }

  void openPreferences() {
    new PreferencesDialog(scene.getWindow(), preferences, store.file(), i18n)
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
    preferences = next;
    String tab = console.selectedTabId();
    console = build();
    scene.setRoot(console.root());
    console.selectTab(tab);
    Theme.apply(scene, next);
    console.start();
  }
}
