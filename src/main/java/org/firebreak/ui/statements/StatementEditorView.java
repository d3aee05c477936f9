package org.firebreak.ui.statements;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** The draft's text, its Save button, and, after a conflicting save, the other author's text. */
final class StatementEditorView extends VBox {

  StatementEditorView(StatementsViewModel parent, I18n i18n) {
    EditorViewModel vm = parent.editor();
    setSpacing(8);
    TextArea text = new TextArea();
    text.setId("statementEditor");
    text.setWrapText(true);
    text.setPromptText(i18n.get("statements.editor.prompt"));
    text.textProperty().bindBidirectional(vm.textProperty());
    text.editableProperty().bind(parent.detailProperty().isNotNull());
    VBox.setVgrow(text, Priority.ALWAYS);

    Button save =
        new Button(i18n.get("statements.save"), new FontIcon("mdi2c-content-save-outline"));
    save.setId("saveDraft");
    save.getStyleClass().add("accent");
    save.disableProperty().bind(vm.canSaveProperty().not());
    save.setOnAction(e -> vm.save());
    Label unsaved = new Label(i18n.get("statements.unsaved"));
    unsaved.getStyleClass().add("fb-statement-meta");
    unsaved.visibleProperty().bind(vm.dirtyProperty());
    HBox actions = new HBox(10, save, unsaved);
    actions.setAlignment(Pos.CENTER_LEFT);

    Label conflictMessage = new Label();
    conflictMessage.setId("conflictMessage");
    conflictMessage.setWrapText(true);
    TextArea theirs = new TextArea();
    theirs.setId("conflictTheirs");
    theirs.setEditable(false);
    theirs.setWrapText(true);
    theirs.setPrefRowCount(4);
    Button takeTheirs = new Button(i18n.get("statements.conflict.takeTheirs"));
    takeTheirs.setId("conflictTakeTheirs");
    takeTheirs.setOnAction(e -> vm.takeTheirs());
    VBox conflict = new VBox(6, conflictMessage, theirs, takeTheirs);
    conflict.setId("conflictPane");
    conflict.getStyleClass().add("fb-conflict");
    conflict.visibleProperty().bind(vm.conflictProperty().isNotNull());
    conflict.managedProperty().bind(conflict.visibleProperty());
    vm.conflictProperty()
        .addListener(
            (o, was, c) -> {
              conflictMessage.setText(c == null ? "" : vm.conflictMessage(c));
              theirs.setText(c == null ? "" : c.latestText());
            });

    getChildren().addAll(text, actions, conflict);
  }
}
