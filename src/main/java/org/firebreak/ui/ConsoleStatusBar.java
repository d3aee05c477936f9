package org.firebreak.ui;

import javafx.scene.control.Label;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.firebreak.store.StatsQuery;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * The status bar: which database is open, how many messages it holds, a warning while automatic
 * backups are failing, and one while a view cannot read its data.
 */
final class ConsoleStatusBar extends StatusBar {

  private final StatsQuery stats;
  private final TaskRunner runner;
  private final I18n i18n;
  private final Formats formats;
  private final Label counts = new Label();

  ConsoleStatusBar(
      String database,
      StatsQuery stats,
      org.firebreak.backup.AutoBackup backups,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      Formats formats,
      org.firebreak.ui.common.ReadFailures readFailures) {
    this.stats = stats;
    this.runner = runner;
    this.i18n = i18n;
    this.formats = formats;
    setId("statusBar");
    setFocusTraversable(false); // read-only figures; Tab goes on to the next control
    setText(i18n.get("status.database", database));
    counts.setId("statusCounts");
    counts.setMinWidth(Label.USE_PREF_SIZE); // the database path gives way first
    Label failed = new Label();
    failed.setId("statusReadFailed");
    failed.getStyleClass().add("fb-status-warn");
    failed.textProperty().bind(readFailures.shownProperty());
    failed.visibleProperty().bind(readFailures.shownProperty().isNotEmpty());
    failed.managedProperty().bind(failed.visibleProperty());
    failed.setMinWidth(Label.USE_PREF_SIZE);
    javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
    why.textProperty().bind(readFailures.detailProperty());
    failed.setTooltip(why);
    failed.accessibleHelpProperty().bind(readFailures.detailProperty());
    getRightItems()
        .addAll(failed, new org.firebreak.ui.backup.BackupWarning(backups, i18n, formats), counts);
    dataChanged.subscribe(this::refresh);
    javafx.animation.Timeline poll =
        org.firebreak.ui.common.WhileShown.every(this, Duration.seconds(10), () -> refresh());
  }

  private final org.firebreak.ui.common.InFlight reading = new org.firebreak.ui.common.InFlight();

  void refresh() {
    if (!reading.start(this::refresh)) {
      return;
    }
    runner.run(
        stats::liveCounts,
        reading.then(
            c -> counts.setText(i18n.get("status.counts", c.total(), c.needsReply(), c.replies()))),
        reading.then(e -> counts.setText(i18n.get("status.unavailable"))));
  }
}
