package org.firebreak.ui.share;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.firebreak.app.Services;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ProgressWindow;
import org.firebreak.ui.common.TaskRunner;

/**
 * File › Export session file and Merge: each runs off the FX thread in a progress window with
 * Cancel. A cancelled export leaves the previous file; a cancelled merge changes nothing.
 */
public final class SessionTasks {

  private final Services services;
  private final TaskRunner runner;
  private final I18n i18n;
  private final Formats formats;
  private final ErrorReporter errors;
  private final DataChanged dataChanged;
  private final Supplier<Window> window;
  private final Consumer<Throwable> failed;

  public SessionTasks(
      Services services,
      TaskRunner runner,
      I18n i18n,
      Formats formats,
      ErrorReporter errors,
      DataChanged dataChanged,
      Supplier<Window> window,
      Consumer<Throwable> failed) {
    this.services = services;
    this.runner = runner;
    this.i18n = i18n;
    this.formats = formats;
    this.errors = errors;
    this.dataChanged = dataChanged;
    this.window = window;
    this.failed = failed;
  }

  public void export(Path target) {
    SessionProgress progress = new SessionProgress();
    String exportedBy = System.getProperty("user.name", "user");
    withProgress(
        i18n.get("menu.exportSession"),
        progress,
        () -> services.sessionExporter().export(target, exportedBy, progress),
        manifest ->
            errors.inform(
                i18n.get("menu.exportSession"), i18n.get("session.exported", target.toString())),
        () ->
            errors.inform(
                i18n.get("menu.exportSession"),
                i18n.get("session.exportCancelled", target.toString())));
  }

  public void merge(Path file) {
    SessionProgress progress = new SessionProgress();
    withProgress(
        i18n.get("menu.mergeSession"),
        progress,
        () -> services.sessionMerger().merge(file, progress),
        report -> {
          dataChanged.fire();
          new MergeReportDialog(window.get(), i18n, formats, report).show();
        },
        () ->
            errors.inform(
                i18n.get("menu.mergeSession"),
                i18n.get("session.mergeCancelled", file.getFileName().toString())));
  }

  /**
   * Opens a session file as a new incident database beside the one in view (never over an existing
   * file), with progress and Cancel; then hands the new database to {@code opened} to switch to. A
   * cancelled or failed open leaves no database behind.
   */
  public void open(Path file, Path currentBase, java.util.function.Consumer<Path> opened) {
    SessionProgress progress = new SessionProgress();
    String name = file.getFileName().toString();
    withProgress(
        i18n.get("session.openTitle"),
        progress,
        () -> {
          Path target = openTarget(currentBase, file);
          org.firebreak.share.session.SessionOpener.open(file, target, progress);
          return target;
        },
        target -> {
          errors.inform(
              i18n.get("menu.openSession"),
              i18n.get(
                  "session.opened",
                  name,
                  org.firebreak.store.DatabaseLocation.dataFile(target).toAbsolutePath()));
          opened.accept(target);
        },
        () -> errors.inform(i18n.get("menu.openSession"), i18n.get("session.openCancelled", name)),
        e -> errors.report(i18n.get("session.openFailed", name), e));
  }

  /**
   * Where a session file opens: a new database in the folder of the one in view, named after the
   * file ({@code ben.firebreak} becomes {@code ben}, then {@code ben-2} if that is taken).
   */
  public static Path openTarget(Path currentBase, Path file) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".firebreak")) {
      name = name.substring(0, name.length() - ".firebreak".length());
    }
    if (name.isBlank()) {
      name = "session";
    }
    Path folder = currentBase.toAbsolutePath().getParent();
    Path target = folder.resolve(name);
    for (int n = 2;
        java.nio.file.Files.exists(org.firebreak.store.DatabaseLocation.dataFile(target));
        n++) {
      target = folder.resolve(name + "-" + n);
    }
    return target;
  }

  private <T> void withProgress(
      String title,
      SessionProgress progress,
      Callable<T> work,
      Consumer<T> done,
      Runnable cancelled) {
    withProgress(title, progress, work, done, cancelled, failed);
  }

  private <T> void withProgress(
      String title,
      SessionProgress progress,
      Callable<T> work,
      Consumer<T> done,
      Runnable cancelled,
      Consumer<Throwable> failed) {
    ProgressWindow shown =
        new ProgressWindow(
            window.get(),
            i18n,
            formats,
            title,
            progress.done::get,
            progress.total::get,
            progress::cancel);
    shown.show();
    runner.run(
        work,
        result -> {
          shown.close();
          done.accept(result);
        },
        e -> {
          shown.close();
          if (e instanceof CancellationException) {
            cancelled.run();
          } else {
            failed.accept(e);
          }
        });
  }
}
