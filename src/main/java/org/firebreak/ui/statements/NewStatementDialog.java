package org.firebreak.ui.statements;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.firebreak.statements.StatementKind;
import org.firebreak.ui.common.I18n;

/** Asks what the new statement is: kind, language, template or blank, title and who signs it. */
final class NewStatementDialog extends Dialog<ButtonType> {

  static final ButtonType CREATE = new ButtonType("create", ButtonBar.ButtonData.OK_DONE);

  NewStatementDialog(Window owner, NewStatementForm form, List<String> spokespeople, I18n i18n) {
    initOwner(owner);
    setTitle(i18n.get("statements.new.title"));
    setHeaderText(i18n.get("statements.new.header"));
    ButtonType create =
        new ButtonType(i18n.get("statements.new.create"), ButtonBar.ButtonData.OK_DONE);
    ButtonType cancel = org.firebreak.ui.common.DialogButtons.cancel(i18n);
    getDialogPane().getButtonTypes().addAll(create, cancel);

    ComboBox<StatementKind> kind =
        new ComboBox<>(FXCollections.observableArrayList(StatementKind.values()));
    kind.setId("newKind");
    kind.setConverter(converter(k -> i18n.of("statement.kind", k)));
    kind.valueProperty().bindBidirectional(form.kind());

    ComboBox<String> language = new ComboBox<>(FXCollections.observableArrayList("en", "id"));
    language.setId("newLanguage");
    language.setConverter(converter(c -> i18n.get("statements.language." + c)));
    language.valueProperty().bindBidirectional(form.language());

    CheckBox template = new CheckBox(i18n.get("statements.new.fromTemplate"));
    template.setId("newFromTemplate");
    template.selectedProperty().bindBidirectional(form.fromTemplate());

    TextField title = new TextField();
    title.setId("newTitle");
    title.setPrefColumnCount(30);
    title.textProperty().bindBidirectional(form.title());

    ComboBox<String> spokesperson = new ComboBox<>(FXCollections.observableArrayList(spokespeople));
    spokesperson.setId("newSpokesperson");
    spokesperson.setEditable(true);
    spokesperson.setMaxWidth(Double.MAX_VALUE);
    spokesperson.valueProperty().bindBidirectional(form.spokesperson());

    TextField hub = new TextField();
    hub.setId("newHubUrl");
    hub.setPromptText(i18n.get("statements.new.hub.prompt"));
    hub.textProperty().bindBidirectional(form.hubUrl());
    hub.disableProperty().bind(form.fromTemplate().not());
    TextField brand = new TextField();
    brand.setId("newBrand");
    brand.textProperty().bindBidirectional(form.brand());
    brand.disableProperty().bind(form.fromTemplate().not());

    GridPane grid = org.firebreak.ui.common.FormGrid.create();
    grid.addRow(0, new Label(i18n.get("statements.new.kind")), kind);
    grid.addRow(1, new Label(i18n.get("statements.new.language")), language);
    grid.add(template, 1, 2);
    grid.addRow(3, new Label(i18n.get("statements.new.titleField")), title);
    grid.addRow(4, new Label(i18n.get("statements.new.spokesperson")), spokesperson);
    grid.addRow(5, new Label(i18n.get("statements.new.hub")), hub);
    grid.addRow(6, new Label(i18n.get("statements.new.brand")), brand);
    getDialogPane().setContent(grid);
    Node ok = getDialogPane().lookupButton(create);
    ok.setId("newCreate");
    ok.disableProperty().bind(form.valid().not());
    setResultConverter(b -> b == create ? CREATE : ButtonType.CANCEL);
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : show.apply(value);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
