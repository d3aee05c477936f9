package org.firebreak.ui.replies;

import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.triage.SnippetService;
import org.firebreak.triage.UserSnippet;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.FormGrid;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * The team's own saved replies, kept with the incident: add, edit, delete. They are offered in the
 * reply dialog before the built-in ones, and combine the same way.
 */
final class SnippetsDialog extends Dialog<Void> {

  private final SnippetService snippets;
  private final TaskRunner runner;
  private final String actor;
  private final Consumer<Throwable> onFailure;
  private final ListView<UserSnippet> list = new ListView<>();
  private final ComboBox<String> language =
      new ComboBox<>(FXCollections.observableArrayList("en", "id"));
  private final TextField title = new TextField();
  private final TextArea text = new TextArea();
  private final Label status = new Label();
  private final I18n i18n;

  SnippetsDialog(
      Window owner,
      SnippetService snippets,
      TaskRunner runner,
      I18n i18n,
      String actor,
      Consumer<Throwable> onFailure) {
    this.snippets = snippets;
    this.runner = runner;
    this.i18n = i18n;
    this.actor = actor;
    this.onFailure = onFailure;
    initOwner(owner);
    setTitle(i18n.get("snippets.title"));
    setHeaderText(i18n.get("snippets.header"));
    setResizable(true);
    getDialogPane().setId("snippetsDialog");
    list.setId("snippetsList");
    list.setPrefSize(220, 300);
    list.setMinWidth(200);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(UserSnippet s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.language() + "  " + s.title());
              }
            });
    list.getSelectionModel().selectedItemProperty().addListener((o, was, s) -> show(s));
    language.setValue(i18n.locale().getLanguage().equals("id") ? "id" : "en");
    language.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(String l) {
            return l == null ? "" : i18n.get("snippets.language." + l);
          }

          @Override
          public String fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    title.setId("snippetTitle");
    text.setId("snippetText");
    text.setWrapText(true);
    text.setPrefRowCount(6);
    text.setPromptText(i18n.get("snippets.text.prompt"));
    GridPane form = FormGrid.create();
    form.addRow(0, new Label(i18n.get("snippets.language")), language);
    form.addRow(1, new Label(i18n.get("snippets.name")), title);
    form.addRow(2, new Label(i18n.get("snippets.text")), text);
    Button add = new Button(i18n.get("snippets.add"));
    add.setId("snippetAdd");
    add.setOnAction(e -> save(true));
    Button save = new Button(i18n.get("labels.save"));
    save.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    save.setOnAction(e -> save(false));
    Button delete = new Button(i18n.get("snippets.delete"));
    delete.setId("snippetDelete");
    delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> delete());
    status.setId("snippetsStatus");
    status.setWrapText(true);
    Label variables = new Label(i18n.get("snippets.variables"));
    variables.setWrapText(true);
    variables.setMaxWidth(420);
    VBox right = new VBox(10, form, variables, new HBox(8, add, save, delete), status);
    HBox content = new HBox(14, list, right);
    content.setPadding(new Insets(4));
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().add(DialogButtons.close(i18n));
    reload();
  }

  private void reload() {
    runner.run(snippets::own, all -> list.getItems().setAll(all), onFailure);
  }

  private void show(UserSnippet s) {
    if (s != null) {
      language.setValue(s.language());
      title.setText(s.title());
      text.setText(s.text());
    }
  }

  private void save(boolean asNew) {
    UserSnippet selected = list.getSelectionModel().getSelectedItem();
    String l = language.getValue();
    String t = title.getText();
    String body = text.getText();
    runner.execute(
        () -> {
          if (asNew || selected == null) {
            snippets.add(l, t, body, actor);
          } else {
            snippets.update(selected.id(), l, t, body, actor);
          }
        },
        () -> {
          status.setText(i18n.get("snippets.saved", t.strip()));
          reload();
        },
        onFailure);
  }

  private void delete() {
    UserSnippet selected = list.getSelectionModel().getSelectedItem();
    runner.execute(
        () -> snippets.delete(selected.id(), actor),
        () -> {
          status.setText(i18n.get("snippets.deleted", selected.title()));
          title.clear();
          text.clear();
          reload();
        },
        onFailure);
  }
}
