package org.firebreak.ui.backup;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import org.firebreak.store.Backups;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ReadFailures;
import org.firebreak.ui.common.TaskRunner;

/**
 * Restoring a backup from the welcome screen: list the backups (in the background), ask which,
 * write it as a new database file beside the current one, then hand that file to the application to
 * open.
 */
public final class RestoreFlow {
  private final Path base;
  private final TaskRunner runner;
  private final I18n i18n;
  private final ErrorReporter errors;
  private final Supplier<Window> window;
  private final ReadFailures readFailures;
  private final BooleanProperty available = new SimpleBooleanProperty(false);
  private Consumer<Path> open = p -> {};
  private static final String BACKUPS = "failed.backups";

  public RestoreFlow(
      Path base,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      Supplier<Window> window,
      ReadFailures readFailures) {
    this.base = base;
    this.runner = runner;
    this.i18n = i18n;
    this.errors = errors;
    this.window = window;
    this.readFailures = readFailures;
  }

  /** What opens a restored database (the application swaps the console onto it). */
  public void onRestored(Consumer<Path> open) {
    this.open = open;
  }

  /** True once backups are known to exist. */
  public ReadOnlyBooleanProperty availableProperty() {
    return available;
  }

  /**
   * Looks for backups in the background. A folder that cannot be read says so in the status bar
   * rather than leaving "Restore" disabled as if there were no backups.
   */
  public void refresh() {
    runner.run(
        () -> Backups.list(base),
        readFailures.ok(BACKUPS, list -> available.set(!list.isEmpty())),
        readFailures.of(BACKUPS));
  }

  /** Shows the backups and restores the chosen one. */
  public void choose() {
    runner.run(() -> Backups.list(base), this::ask, this::failed);
  }

  private void ask(List<Backups.Backup> backups) {
    new BackupsDialog(window.get(), backups, i18n, null, ZoneId.systemDefault())
        .showAndWait()
        .filter(Backups.Backup.class::isInstance)
        .map(Backups.Backup.class::cast)
        .ifPresent(
            chosen ->
                runner.run(
                    () -> Backups.restore(chosen, Backups.restoreTarget(base, chosen.takenAt())),
                    restored -> {
                      errors.inform(
                          i18n.get("backup.title"),
                          i18n.get("backup.restored", restored.toAbsolutePath().toString()));
                      open.accept(restored);
                    },
                    this::failed));
  }

  private void failed(Throwable e) {
    errors.report(i18n.get("backup.failed"), e);
  }
}
