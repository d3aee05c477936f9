package org.firebreak.ui.simulation;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.firebreak.simulation.Scenario;
import org.firebreak.ui.common.I18n;

/**
 * The scenario's injects beside the console: the trainer chooses one and fires it now; fired ones
 * are ticked. "Fire next" (in the trainer's panel) still jumps to the earliest not fired.
 */
final class InjectList extends VBox {

  InjectList(DrillViewModel vm, I18n i18n) {
    super(6);
    setId("drillInjectList");
    setPadding(new Insets(6, 8, 6, 8));
    setPrefWidth(300);
    getStyleClass().add("fb-trainer-panel");
    Label title = new Label(i18n.get("drill.injects"));
    title.getStyleClass().add("title-4");
    ListView<DrillViewModel.InjectRow> list = new ListView<>(vm.injects());
    list.setId("drillInjects");
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(DrillViewModel.InjectRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text(row, i18n));
                setWrapText(true);
                setPrefWidth(0);
              }
            });
    VBox.setVgrow(list, Priority.ALWAYS);
    Button fire = new Button(i18n.get("drill.fireChosen"));
    fire.setId("drillFireChosen");
    fire.setMaxWidth(Double.MAX_VALUE);
    fire.disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> {
                  DrillViewModel.InjectRow row = list.getSelectionModel().getSelectedItem();
                  return row == null || row.fired();
                },
                list.getSelectionModel().selectedItemProperty()));
    fire.setOnAction(
        e -> {
          DrillViewModel.InjectRow row = list.getSelectionModel().getSelectedItem();
          if (row != null) {
            vm.fire(row.index());
          }
        });
    getChildren().addAll(title, list, fire);
  }

  /** "✓ T+10 · journalist · @budi_consumer: Consumer desk here…" */
  static String text(DrillViewModel.InjectRow row, I18n i18n) {
    Scenario.Inject inject = row.inject();
    String line =
        i18n.get(
            "drill.inject.row",
            inject.atMinute() == null ? 0 : inject.atMinute(),
            kind(inject, i18n),
            what(inject, i18n));
    return row.fired() ? i18n.get("drill.inject.fired", line) : line;
  }

  private static String kind(Scenario.Inject inject, I18n i18n) {
    if ("event".equals(inject.kind()) && inject.event() != null) {
      return i18n.get("drill.inject.event." + inject.event());
    }
    return i18n.get("drill.inject.kind." + inject.kind());
  }

  private static String what(Scenario.Inject inject, I18n i18n) {
    if ("conditional".equals(inject.kind())) {
      Scenario.Condition when = inject.when();
      String condition =
          when != null && when.noStatementBy() != null
              ? i18n.get("drill.inject.if.noStatement", when.noStatementBy())
              : i18n.get("drill.inject.if.defensive");
      return inject.then() == null ? condition : condition + ": " + what(inject.then(), i18n);
    }
    String text =
        inject.text() != null
            ? inject.text()
            : inject.templates() != null && !inject.templates().isEmpty()
                ? inject.templates().get(0)
                : "";
    String line = inject.author() != null ? inject.author() + ": " + text : text;
    return line.length() > 90 ? line.substring(0, 89) + "…" : line;
  }
}
