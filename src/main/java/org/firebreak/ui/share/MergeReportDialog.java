package org.firebreak.ui.share;

import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.share.session.MergeReport;
import org.firebreak.store.MergeConflict;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/**
 * What a merge did, for a person: counts of what was added and updated, and every conflict with
 * both sides (which value was kept, which the other copy held, and when each was changed).
 */
final class MergeReportDialog extends Dialog<Void> {

  MergeReportDialog(Window owner, I18n i18n, Formats formats, MergeReport report) {
    if (owner != null) {
      initOwner(owner);
    }
    setTitle(i18n.get("menu.mergeSession"));
    setHeaderText(
        i18n.get(
            "merge.summary",
            report.file(),
            formats.count(report.totalAdded()),
            formats.count(report.totalUpdated()),
            report.conflicts().size()));
    setResizable(true);
    Label added = new Label(i18n.get("merge.added", kinds(report.added(), i18n, formats)));
    added.setId("mergeAdded");
    added.setWrapText(true);
    Label updated = new Label(i18n.get("merge.updated", kinds(report.updated(), i18n, formats)));
    updated.setId("mergeUpdated");
    updated.setWrapText(true);
    TableView<MergeConflict> table =
        new TableView<>(FXCollections.observableArrayList(report.conflicts()));
    table.setId("mergeConflicts");
    table.setPlaceholder(new Label(i18n.get("merge.noConflicts")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    ConflictText text = new ConflictText(i18n, formats);
    table.getColumns().add(column(i18n.get("merge.col.what"), text::what));
    table.getColumns().add(column(i18n.get("merge.col.field"), text::field));
    table
        .getColumns()
        .add(column(i18n.get("merge.col.kept"), c -> text.side(c, c.kept(), c.keptAt())));
    table
        .getColumns()
        .add(column(i18n.get("merge.col.other"), c -> text.side(c, c.other(), c.otherAt())));
    table.setPrefSize(940, 260);
    table.getColumns().get(0).setPrefWidth(260);
    table.getColumns().get(1).setPrefWidth(140);
    getDialogPane().setMinWidth(980);
    Label note = new Label(i18n.get("merge.historyNote"));
    note.setWrapText(true);
    getDialogPane().setContent(new VBox(8, added, updated, table, note));
    getDialogPane().getButtonTypes().add(DialogButtons.close(i18n));
  }

  private static TableColumn<MergeConflict, String> column(
      String title, Function<MergeConflict, String> value) {
    TableColumn<MergeConflict, String> col = new TableColumn<>(title);
    col.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
    col.setPrefWidth(270);
    col.setCellFactory(
        c ->
            new javafx.scene.control.TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
              }
            });
    return col;
  }

  private static String kinds(Map<String, Long> counts, I18n i18n, Formats formats) {
    if (counts.isEmpty()) {
      return i18n.get("merge.nothing");
    }
    StringJoiner s = new StringJoiner(", ");
    counts.forEach(
        (kind, n) -> s.add(i18n.get("merge.entry." + kind, n))); // "1 reply", "2 replies"
    return s.toString();
  }
}
