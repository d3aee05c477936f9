package org.firebreak.ui.plan;

import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.firebreak.plan.Playbook;
import org.firebreak.ui.common.I18n;

/** The playbooks by crisis type: a list, the chosen one in full, and what can be done to it. */
final class PlaybooksPane extends VBox {

  PlaybooksPane(PlaybooksViewModel vm, I18n i18n, Consumer<Throwable> failed) {
    super(8);
    setPadding(new Insets(8));
    // the playbooks written in the interface's language first
    String lang = i18n.locale().getLanguage();
    ListView<Playbook> list =
        new ListView<>(
            new javafx.collections.transformation.SortedList<>(
                vm.items(),
                java.util.Comparator.comparing((Playbook p) -> !p.language().equals(lang))
                    .thenComparing(Playbook::nameKey)));
    list.setId("playbookList");
    list.setAccessibleText(i18n.get("a11y.playbookList"));
    list.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(Playbook p, boolean empty) {
                super.updateItem(p, empty);
                setText(
                    empty || p == null
                        ? null
                        : i18n.get("declare.playbook.item", p.name(), p.language().toUpperCase()));
              }
            });
    PlaybookDetail detail = new PlaybookDetail(i18n);
    list.getSelectionModel().selectedItemProperty().addListener((o, was, p) -> detail.show(p));
    vm.items()
        .addListener(
            (javafx.collections.ListChangeListener<Playbook>)
                c -> {
                  if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
                    list.getSelectionModel().select(0);
                  }
                });
    ScrollPane detailScroll = new ScrollPane(detail);
    detailScroll.setFitToWidth(true);
    SplitPane split = new SplitPane(list, detailScroll);
    split.setDividerPositions(0.4);
    VBox.setVgrow(split, Priority.ALWAYS);

    var selected = list.getSelectionModel().selectedItemProperty();
    Button add = button("playbookAdd", i18n.get("playbook.add"));
    add.setOnAction(
        e -> PlaybookEditorDialog.ask(getScene().getWindow(), i18n, null, p -> vm.save(p, failed)));
    Button edit = button("playbookEdit", i18n.get("playbook.edit"));
    edit.disableProperty().bind(selected.isNull());
    edit.setOnAction(
        e ->
            PlaybookEditorDialog.ask(
                getScene().getWindow(), i18n, selected.get(), p -> vm.save(p, failed)));
    Button duplicate = button("playbookDuplicate", i18n.get("playbook.duplicate"));
    duplicate.disableProperty().bind(selected.isNull());
    duplicate.setOnAction(e -> vm.duplicate(selected.get(), failed));
    Button delete = button("playbookDelete", i18n.get("playbook.delete"));
    delete.disableProperty().bind(selected.isNull());
    delete.setOnAction(e -> vm.delete(selected.get(), failed));
    Button export = button("playbookExport", i18n.get("playbook.export"));
    export.setOnAction(e -> choose(i18n, true).ifPresent(f -> vm.exportTo(f.toPath(), failed)));
    Button importButton = button("playbookImport", i18n.get("playbook.import"));
    importButton.setOnAction(
        e -> choose(i18n, false).ifPresent(f -> vm.importFrom(f.toPath(), failed)));
    FlowPane actions = new FlowPane(6, 6, add, edit, duplicate, delete, export, importButton);

    Label message = new Label();
    message.setId("playbookMessage");
    message.textProperty().bind(vm.messageProperty());
    getChildren().addAll(actions, split, message);
  }

  private java.util.Optional<File> choose(I18n i18n, boolean save) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(i18n.get(save ? "playbook.export" : "playbook.import"));
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
    chooser.setInitialFileName("firebreak-plan.json");
    return java.util.Optional.ofNullable(
        save
            ? chooser.showSaveDialog(getScene().getWindow())
            : chooser.showOpenDialog(getScene().getWindow()));
  }

  private static Button button(String id, String text) {
    Button b = new Button(text);
    b.setId(id);
    return b;
  }
}
