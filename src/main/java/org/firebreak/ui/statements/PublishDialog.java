package org.firebreak.ui.statements;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.firebreak.ui.common.I18n;

/**
 * Marks a variant published: the post's link (optional) and, when the origin platform has not gone
 * first, the reason for overriding the rule (the service refuses without one).
 */
final class PublishDialog extends Dialog<PublishDialog.Answer> {

  /** The link and override reason the user gave. */
  record Answer(String postUrl, String overrideReason) {}

  PublishDialog(Window owner, I18n i18n, VariantRow row, String origin, boolean needsOverride) {
    initOwner(owner);
    setTitle(i18n.get("statements.publish.title"));
    setHeaderText(i18n.get("statements.publish.header", row.platform().displayName()));
    ButtonType ok =
        new ButtonType(i18n.get("statements.publish.confirm"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = org.firebreak.ui.common.DialogButtons.cancel(i18n);
    getDialogPane().getButtonTypes().addAll(ok, cancel);

    TextField url = new TextField();
    url.setId("publishUrl");
    url.setPromptText(i18n.get("statements.publish.url.prompt"));
    url.setPrefColumnCount(32);
    GridPane grid = org.firebreak.ui.common.FormGrid.create();
    grid.addRow(0, new Label(i18n.get("statements.publish.url")), url);
    TextArea reason = new TextArea();
    reason.setId("publishOverride");
    reason.setWrapText(true);
    reason.setPrefRowCount(3);
    reason.setPrefColumnCount(32);
    if (needsOverride) {
      Label warning = new Label(i18n.get("statements.publish.originFirst", origin));
      warning.setId("publishOriginWarning");
      warning.setWrapText(true);
      warning.setMaxWidth(460);
      warning.getStyleClass().add("fb-warning-text");
      grid.add(warning, 0, 1, 2, 1);
      grid.addRow(2, new Label(i18n.get("statements.publish.reason")), reason);
    }
    getDialogPane().setContent(grid);
    Node confirm = getDialogPane().lookupButton(ok);
    confirm.setId("publishConfirm");
    setResultConverter(
        b -> b == ok ? new Answer(url.getText(), needsOverride ? reason.getText() : null) : null);
    setOnShown(e -> url.requestFocus());
  }
}
