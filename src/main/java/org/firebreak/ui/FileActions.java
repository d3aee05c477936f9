package org.firebreak.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.firebreak.app.Services;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/** The File menu's work with files: import, CSV and report exports, session export and merge. */
final class FileActions {

  private final Services services;
  private final TaskRunner runner;
  private final I18n i18n;
  private final ErrorReporter errors;
  private final DataChanged dataChanged;
  private final Formats formats;
  private final Supplier<Window> window;
  private final Consumer<String> openLink;
  private final Consumer<Path> importFile;
  private final Consumer<Throwable> failed;
  private final org.firebreak.ui.share.SessionTasks sessions;
  private final Consumer<Path> openDatabase;

  FileActions(
      Services services,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      DataChanged dataChanged,
      Formats formats,
      Supplier<Window> window,
      Consumer<String> openLink,
      Consumer<Path> importFile,
      Consumer<Throwable> failed,
      Consumer<Path> openDatabase) {
    this.openDatabase = openDatabase == null ? p -> {} : openDatabase;
    this.services = services;
    this.runner = runner;
    this.i18n = i18n;
    this.errors = errors;
    this.dataChanged = dataChanged;
    this.formats = formats;
    this.window = window;
    this.openLink = openLink;
    this.importFile = importFile;
    this.failed = failed;
    this.sessions =
        new org.firebreak.ui.share.SessionTasks(
            services, runner, i18n, formats, errors, dataChanged, window, failed);
  }

  void chooseAndImport() {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(i18n.get("import.title"));
    chooser
        .getExtensionFilters()
        .addAll(
            new javafx.stage.FileChooser.ExtensionFilter(
                i18n.get("import.filter"),
                "*.csv",
                "*.tsv",
                "*.json",
                "*.ndjson",
                "*.jsonl",
                "*.js",
                "*.zip"),
            new javafx.stage.FileChooser.ExtensionFilter(i18n.get("import.filter.all"), "*.*"));
    java.io.File chosen = chooser.showOpenDialog(window.get());
    if (chosen != null) {
      importFile.accept(chosen.toPath());
    }
  }

  private java.nio.file.Path chooseTarget(String title, String fileName, String pattern) {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(title);
    chooser.setInitialFileName(fileName);
    chooser
        .getExtensionFilters()
        .add(new javafx.stage.FileChooser.ExtensionFilter(pattern, pattern));
    java.io.File chosen = chooser.showSaveDialog(window.get());
    return chosen == null ? null : chosen.toPath();
  }

  void exportSession() {
    java.nio.file.Path target =
        chooseTarget(i18n.get("menu.exportSession"), "incident.firebreak", "*.firebreak");
    if (target != null) {
      exportSessionTo(target);
    }
  }

  /** The export after the file was chosen: progress, cancel, the old file kept on a cancel. */
  void exportSessionTo(Path target) {
    sessions.export(target);
  }

  void mergeSession() {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(i18n.get("menu.mergeSession"));
    chooser
        .getExtensionFilters()
        .add(new javafx.stage.FileChooser.ExtensionFilter("*.firebreak", "*.firebreak"));
    java.io.File chosen = chooser.showOpenDialog(window.get());
    if (chosen != null) {
      mergeSessionFrom(chosen.toPath());
    }
  }

  /** The merge after the file was chosen: progress, cancel, then the report with its conflicts. */
  void mergeSessionFrom(Path file) {
    sessions.merge(file);
  }

  /** File › Open session file: choose a .firebreak file and open it as a new incident. */
  void openSession() {
    javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
    chooser.setTitle(i18n.get("session.openTitle"));
    chooser
        .getExtensionFilters()
        .add(new javafx.stage.FileChooser.ExtensionFilter("*.firebreak", "*.firebreak"));
    java.io.File chosen = chooser.showOpenDialog(window.get());
    if (chosen != null) {
      openSessionFrom(chosen.toPath());
    }
  }

  /**
   * Opens a session file as a new database beside the one in view, with progress and Cancel, then
   * switches the window to it (where the window can switch databases).
   */
  void openSessionFrom(Path file) {
    sessions.open(file, services.database().base(), openDatabase);
  }

  /** A file dropped on the window: a session file is opened, anything else offered for import. */
  void dropped(Path file) {
    if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".firebreak")) {
      openSessionFrom(file);
    } else {
      importFile.accept(file);
    }
  }

  void exportCsv() {
    java.nio.file.Path target =
        chooseTarget(i18n.get("menu.exportCsv"), "firebreak-queue.csv", "*.csv");
    if (target != null) {
      runner.run(
          () -> services.csvReport().write(target, java.util.Optional.empty()),
          rows ->
              errors.inform(
                  i18n.get("menu.exportCsv"), i18n.get("export.csv.done", rows, target.toString())),
          failed);
    }
  }

  void afterActionReport() {
    java.nio.file.Path target =
        chooseTarget(i18n.get("menu.report"), "after-action-report.html", "*.html");
    if (target != null) {
      runner.execute(
          () -> {
            try {
              services
                  .afterActionReport()
                  .write(target, i18n.locale().getLanguage().equals("id") ? "id" : "en");
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          },
          () -> openLink.accept(target.toUri().toString()),
          failed);
    }
  }
}
