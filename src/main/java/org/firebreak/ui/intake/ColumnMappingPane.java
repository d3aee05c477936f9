package org.firebreak.ui.intake;

import java.util.EnumMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ColumnPresetException;
import org.firebreak.intake.ColumnPresets;
import org.firebreak.intake.MessageField;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.I18n;

/**
 * The column preset and, for CSV, the column each message field reads: adjustable, saved as a named
 * preset, a saved preset deleted.
 */
final class ColumnMappingPane extends VBox {

  private final Map<MessageField, ComboBox<String>> fields = new EnumMap<>(MessageField.class);

  ColumnMappingPane(ImportViewModel vm, I18n i18n, Label format) {
    super(8);
    ComboBox<String> preset = new ComboBox<>(vm.presetNames());
    preset.setId("importPreset");
    preset.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String code) {
            if (code == null) {
              return "";
            }
            return ColumnMapping.isBuiltIn(code) ? i18n.get("import.preset." + code) : code;
          }

          @Override
          public String fromString(String text) {
            throw new UnsupportedOperationException();
          }
        });
    preset.valueProperty().bindBidirectional(vm.presetProperty());

    Button save = new Button(i18n.get("import.preset.save"));
    save.setId("importSavePreset");
    save.disableProperty().bind(vm.runningProperty());
    save.setOnAction(
        e -> {
          TextInputDialog ask = DialogButtons.localise(new TextInputDialog(), i18n);
          ask.initOwner(getScene().getWindow());
          ask.setHeaderText(i18n.get("import.preset.save.header"));
          ask.getEditor().setId("importPresetName");
          ask.showAndWait().ifPresent(vm::saveAsPreset);
        });
    Button delete = new Button(i18n.get("import.preset.delete"));
    delete.setId("importDeletePreset");
    delete
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () ->
                    vm.runningProperty().get()
                        || ColumnMapping.isBuiltIn(vm.presetProperty().get()),
                vm.runningProperty(),
                vm.presetProperty()));
    delete.setOnAction(
        e -> {
          String name = vm.presetProperty().get();
          if (DialogButtons.confirm(
              getScene().getWindow(),
              i18n.get("import.preset.delete.header", name),
              i18n.get("import.preset.delete.body"),
              i18n)) {
            vm.deletePreset();
          }
        });

    Label problem = new Label();
    problem.setId("importPresetProblem");
    problem.getStyleClass().add("fb-error-text");
    problem.setWrapText(true);
    problem.textProperty().bind(vm.presetProblemProperty().map(p -> describe(p, i18n)));
    problem.managedProperty().bind(vm.presetProblemProperty().isNotNull());

    HBox presets = new HBox(12, new Label(i18n.get("import.preset")), preset, save, delete, format);
    presets.setAlignment(Pos.CENTER_LEFT);

    GridPane columns = new GridPane();
    columns.setHgap(8);
    columns.setVgap(6);
    columns.setId("importMapping");
    for (MessageField f : MessageField.values()) {
      ComboBox<String> column = new ComboBox<>(vm.header());
      column.setId("importMap-" + f.key());
      column.setPromptText(i18n.get("import.map.none"));
      column.setPrefWidth(140);
      column.setOnAction(e -> vm.mapColumn(f, column.getValue()));
      fields.put(f, column);
      Label name = new Label(i18n.get("import.field." + f.key()));
      name.setLabelFor(column);
      name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
      int at = f.ordinal();
      columns.add(name, (at % 4) * 2, at / 4);
      columns.add(column, (at % 4) * 2 + 1, at / 4);
    }
    vm.resolved()
        .addListener(
            (MapChangeListener<MessageField, String>)
                c -> fields.forEach((f, box) -> box.setValue(vm.resolved().get(f))));
    Label hint = new Label(i18n.get("import.map.hint"));
    hint.getStyleClass().add("fb-statement-meta");
    VBox mapping = new VBox(4, hint, columns);
    mapping.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.header()));
    mapping.managedProperty().bind(mapping.visibleProperty());
    getChildren().addAll(presets, problem, mapping);
  }

  private static String describe(ColumnPresetException p, I18n i18n) {
    return switch (p.problem()) {
      case EMPTY -> i18n.get("import.preset.problem.empty");
      case TOO_LONG -> i18n.get("import.preset.problem.long", ColumnPresets.MAX_NAME);
      case CHARACTERS -> i18n.get("import.preset.problem.characters", p.name());
      case BUILT_IN -> i18n.get("import.preset.problem.builtin", p.name());
      case TAKEN -> i18n.get("import.preset.problem.taken", p.name());
      case UNKNOWN -> i18n.get("import.preset.problem.other", p.getMessage());
    };
  }
}
