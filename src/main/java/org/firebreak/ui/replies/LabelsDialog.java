package org.firebreak.ui.replies;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.firebreak.triage.LabelRule;
import org.firebreak.triage.LabelService;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/** Manage labels (create, rename, recolour, key, delete with a destination) and their rules. */
final class LabelsDialog extends Dialog<Void> {

  private final LabelService labels;
  private final org.firebreak.store.LabelStore store;
  private final org.firebreak.triage.LabelAnswers answers;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final I18n i18n;
  private final String actor;
  private final Consumer<Throwable> onFailure;
  private final ListView<org.firebreak.triage.Label> list = new ListView<>();
  private final TextField name = new TextField();
  private final ColorPicker colour = new ColorPicker(Color.web("#1a73e8"));
  private final TextField description = new TextField();
  private final Spinner<Integer> hotkey = new Spinner<>(0, 9, 0);
  private final Label status = new Label();

  LabelsDialog(
      Window owner,
      LabelService labels,
      org.firebreak.store.LabelStore store,
      org.firebreak.triage.LabelAnswers answers,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      String actor,
      Consumer<Throwable> onFailure) {
    this.labels = labels;
    this.store = store;
    this.answers = answers;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.i18n = i18n;
    this.actor = actor;
    this.onFailure = onFailure;
    initOwner(owner);
    setTitle(i18n.get("labels.title"));
    setHeaderText(i18n.get("labels.header"));
    list.setId("labelsList");
    list.setPrefSize(220, 320);
    list.setCellFactory(
        v ->
            new javafx.scene.control.ListCell<>() {
              @Override
              protected void updateItem(org.firebreak.triage.Label l, boolean empty) {
                super.updateItem(l, empty);
                setText(
                    empty || l == null
                        ? null
                        : (l.hotkey() == null ? "" : l.hotkey() + "  ") + l.name());
              }
            });
    list.getSelectionModel().selectedItemProperty().addListener((o, was, l) -> show(l));
    name.setId("labelName");
    hotkey.setEditable(true);

    Button add = new Button(i18n.get("labels.add"));
    add.setId("labelAdd");
    add.setOnAction(e -> save(true));
    Button save = new Button(i18n.get("labels.save"));
    save.setOnAction(e -> save(false));
    save.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    Button link = new Button(i18n.get("labels.answer"));
    link.setId("labelAnswerOpen");
    link.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    link.setOnAction(
        e ->
            LabelAnswerDialog.open(
                getDialogPane().getScene().getWindow(),
                list.getSelectionModel().getSelectedItem(),
                answers,
                runner,
                i18n,
                actor,
                () -> {
                  status.setText(i18n.get("labels.saved"));
                  dataChanged.fire();
                },
                onFailure));
    Button delete = new Button(i18n.get("labels.delete"));
    delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    delete.setOnAction(e -> delete());

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.addRow(0, new Label(i18n.get("labels.name")), name);
    form.addRow(1, new Label(i18n.get("labels.colour")), colour);
    form.addRow(2, new Label(i18n.get("labels.description")), description);
    form.addRow(3, new Label(i18n.get("labels.key")), hotkey);

    ComboBox<LabelRule.Kind> kind =
        new ComboBox<>(FXCollections.observableArrayList(LabelRule.Kind.values()));
    kind.setValue(LabelRule.Kind.KEYWORD);
    kind.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(LabelRule.Kind k) {
            return k == null ? "" : i18n.of("rule.kind", k);
          }

          @Override
          public LabelRule.Kind fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    TextField value = new TextField();
    value.setId("ruleValue");
    value.setPromptText(i18n.get("rule.value.prompt"));
    Button apply = new Button(i18n.get("rule.addAndPreview"));
    apply.setId("ruleAdd");
    apply.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    apply.setOnAction(e -> addRule(kind.getValue(), value.getText()));

    VBox right =
        new VBox(
            10,
            form,
            new HBox(8, add, save, link, delete),
            new Label(i18n.get("rule.title")),
            new HBox(8, kind, value, apply),
            status);
    status.setId("labelsStatus");
    status.setWrapText(true);
    status.setMaxWidth(480);
    HBox content = new HBox(14, list, right);
    content.setPadding(new Insets(4));
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().add(org.firebreak.ui.common.DialogButtons.close(i18n));
    reload();
  }

  private void reload() {
    runner.run(store::all, all -> list.getItems().setAll(all), onFailure);
  }

  private void show(org.firebreak.triage.Label l) {
    if (l == null) {
      return;
    }
    name.setText(l.name());
    colour.setValue(Color.web(l.colour()));
    description.setText(l.description() == null ? "" : l.description());
    hotkey.getValueFactory().setValue(l.hotkey() == null ? 0 : l.hotkey());
  }

  private void save(boolean asNew) {
    String n = name.getText();
    String c = web(colour.getValue());
    String d = description.getText();
    Integer k = hotkey.getValue() == null || hotkey.getValue() == 0 ? null : hotkey.getValue();
    org.firebreak.triage.Label selected = list.getSelectionModel().getSelectedItem();
    runner.execute(
        () -> {
          if (asNew) {
            labels.create(n, c, d, k, actor);
          } else {
            labels.update(selected.id(), n, c, d, k, actor);
          }
        },
        this::changed,
        this::refused);
  }

  private void delete() {
    org.firebreak.triage.Label doomed = list.getSelectionModel().getSelectedItem();
    List<String> targets = new java.util.ArrayList<>();
    targets.add(i18n.get("labels.delete.none"));
    list.getItems().stream().filter(l -> l.id() != doomed.id()).forEach(l -> targets.add(l.name()));
    ChoiceDialog<String> where =
        org.firebreak.ui.common.DialogButtons.localise(
            new ChoiceDialog<>(targets.get(0), targets), i18n);
    where.initOwner(getDialogPane().getScene().getWindow());
    where.setHeaderText(i18n.get("labels.delete.where", doomed.name()));
    where
        .showAndWait()
        .ifPresent(
            choice -> {
              Long moveTo =
                  list.getItems().stream()
                      .filter(l -> l.name().equals(choice) && l.id() != doomed.id())
                      .map(org.firebreak.triage.Label::id)
                      .findFirst()
                      .orElse(null);
              runner.run(
                  () -> labels.delete(doomed.id(), moveTo, actor),
                  moved -> {
                    status.setText(i18n.get("labels.deleted", doomed.name(), moved));
                    reload();
                    dataChanged.fire();
                  },
                  this::refused);
            });
  }

  private void addRule(LabelRule.Kind kind, String value) {
    org.firebreak.triage.Label target = list.getSelectionModel().getSelectedItem();
    runner.run(
        () -> {
          LabelRule rule = labels.addRule(target.id(), kind, value, actor);
          return new Object[] {rule, labels.preview(rule)};
        },
        r -> {
          LabelRule rule = (LabelRule) r[0];
          long count = (Long) r[1];
          Alert confirm =
              org.firebreak.ui.common.DialogButtons.alert(
                  Alert.AlertType.CONFIRMATION,
                  i18n.get("rule.preview", count, target.name()),
                  i18n);
          confirm.initOwner(getDialogPane().getScene().getWindow());
          confirm.setHeaderText(i18n.get("rule.saved"));
          confirm
              .showAndWait()
              .filter(org.firebreak.ui.common.DialogButtons::confirmed)
              .ifPresent(
                  b ->
                      runner.run(
                          () -> labels.apply(rule, actor),
                          change -> {
                            status.setText(
                                i18n.get("rule.applied", change.messagesChanged(), target.name()));
                            dataChanged.fire();
                          },
                          this::refused));
        },
        this::refused);
  }

  private void changed() {
    status.setText(i18n.get("labels.saved"));
    reload();
    dataChanged.fire();
  }

  private void refused(Throwable e) {
    status.setText(e.getMessage());
  }

  private static String web(Color c) {
    return String.format(
        "#%02x%02x%02x",
        Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }
}
