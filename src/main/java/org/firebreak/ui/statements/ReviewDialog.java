package org.firebreak.ui.statements;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.firebreak.ui.common.I18n;

/** Asks who approves (or rejects) and, for a rejection, why. */
final class ReviewDialog extends Dialog<ReviewDialog.Answer> {

  /** Who decided, and the reason when rejecting. */
  record Answer(String approver, String reason) {}

  ReviewDialog(Window owner, I18n i18n, List<String> approvers, boolean rejecting) {
    initOwner(owner);
    String prefix = rejecting ? "statements.reject." : "statements.approve.";
    setTitle(i18n.get(prefix + "title"));
    setHeaderText(i18n.get(prefix + "header"));
    ButtonType ok = new ButtonType(i18n.get(prefix + "confirm"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = org.firebreak.ui.common.DialogButtons.cancel(i18n);
    getDialogPane().getButtonTypes().addAll(ok, cancel);

    ComboBox<String> who = new ComboBox<>(FXCollections.observableArrayList(approvers));
    who.setId("approverChoice");
    who.setEditable(true);
    who.setPrefWidth(260);
    if (!approvers.isEmpty()) {
      who.setValue(approvers.get(0));
    }
    GridPane grid = org.firebreak.ui.common.FormGrid.create();
    grid.addRow(0, new Label(i18n.get("statements.approve.who")), who);
    TextArea reason = new TextArea();
    reason.setId("rejectReason");
    reason.setWrapText(true);
    reason.setPrefRowCount(3);
    reason.setPrefColumnCount(30);
    if (rejecting) {
      grid.addRow(1, new Label(i18n.get("statements.reject.reason")), reason);
    }
    getDialogPane().setContent(grid);
    getDialogPane().lookupButton(ok).setId("reviewConfirm");
    setResultConverter(
        b ->
            b == ok
                ? new Answer(
                    who.getEditor().getText() == null ? who.getValue() : who.getEditor().getText(),
                    rejecting ? reason.getText() : null)
                : null);
  }
}
