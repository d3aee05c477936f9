package org.firebreak.ui.backup;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.firebreak.backup.AutoBackup;
import org.firebreak.backup.BackupFailure;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/**
 * The status bar's warning that the latest automatic backup failed: what went wrong and when, with
 * what to do in its tooltip; gone again after the next backup succeeds. Listens to {@link
 * AutoBackup} only while it is in a scene.
 */
public final class BackupWarning extends Label {

  private final I18n i18n;
  private final Formats formats;

  public BackupWarning(AutoBackup backups, I18n i18n, Formats formats) {
    this.i18n = i18n;
    this.formats = formats;
    setId("statusBackupFailed");
    getStyleClass().add("fb-status-warn");
    managedProperty().bind(visibleProperty());
    setMinWidth(USE_PREF_SIZE); // the database path gives way, never the warning
    show(backups.lastFailure());
    Runnable[] unsubscribe = {null};
    sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (now != null && unsubscribe[0] == null) {
                unsubscribe[0] = backups.subscribe(f -> Platform.runLater(() -> show(f)));
                show(backups.lastFailure());
              } else if (now == null && unsubscribe[0] != null) {
                unsubscribe[0].run();
                unsubscribe[0] = null;
              }
            });
  }

  private void show(Optional<BackupFailure> failure) {
    if (failure.isEmpty()) {
      setText("");
      setTooltip(null);
      setVisible(false);
      return;
    }
    BackupFailure f = failure.get();
    String kind = f.kind().name();
    setText(i18n.get("backup.auto.failed." + kind, formats.time(f.at())));
    String advice =
        i18n.get("backup.auto.failed.advice." + kind, f.folder().toString())
            + "\n"
            + i18n.get("backup.auto.failed.detail", f.detail());
    setAccessibleHelp(advice);
    Tooltip tip = new Tooltip(advice);
    tip.setWrapText(true);
    tip.setMaxWidth(480);
    setTooltip(tip);
    setVisible(true); // last: the warning appears with its text and advice in place
  }
}
