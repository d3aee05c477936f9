package org.firebreak.ui.backup;

import java.time.ZoneId;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.store.Backups;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/**
 * Lists the kept backups with when each was taken and what it held, and asks which to restore. At
 * start-up over a damaged database it also offers a recovery dump. The answer is the chosen backup,
 * {@link #DUMP}, or nothing.
 */
public final class BackupsDialog extends Dialog<Object> {

  /** The answer when the person asks for a recovery dump instead. */
  public static final Object DUMP = new Object();

  public BackupsDialog(
      Window owner, List<Backups.Backup> backups, I18n i18n, String damagedFile, ZoneId zone) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle(i18n.get("backup.title"));
    setHeaderText(
        damagedFile == null
            ? i18n.get("backup.header")
            : i18n.get("backup.damaged.header", damagedFile));
    Formats formats = new Formats(i18n, zone);
    ListView<Backups.Backup> list = new ListView<>(FXCollections.observableArrayList(backups));
    list.setId("backupList");
    list.setPrefHeight(200);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(Backups.Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(
                    empty || b == null
                        ? null
                        : i18n.get(
                            "backup.row",
                            formats.dateTime(b.takenAt()),
                            b.messages(),
                            b.auditRows()));
              }
            });
    list.setPlaceholder(new Label(i18n.get("backup.none")));
    list.getSelectionModel().selectFirst();
    Label note = new Label(i18n.get("backup.note"));
    note.setWrapText(true);
    note.setMaxWidth(520);
    getDialogPane().setContent(new VBox(10, list, note));

    ButtonType restore = new ButtonType(i18n.get("backup.restore"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().add(restore);
    getDialogPane().lookupButton(restore).setId("backupRestore");
    getDialogPane()
        .lookupButton(restore)
        .disableProperty()
        .bind(list.getSelectionModel().selectedItemProperty().isNull());
    ButtonType dump = new ButtonType(i18n.get("backup.dump"), ButtonBar.ButtonData.OTHER);
    if (damagedFile != null) {
      getDialogPane().getButtonTypes().add(dump);
      getDialogPane().lookupButton(dump).setId("backupDump");
    }
    getDialogPane()
        .getButtonTypes()
        .add(damagedFile == null ? DialogButtons.cancel(i18n) : quit(i18n));
    setResultConverter(
        b -> b == restore ? list.getSelectionModel().getSelectedItem() : b == dump ? DUMP : null);
  }

  private static ButtonType quit(I18n i18n) {
    return new ButtonType(i18n.get("backup.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
  }
}
