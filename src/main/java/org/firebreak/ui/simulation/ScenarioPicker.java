package org.firebreak.ui.simulation;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.firebreak.simulation.BuiltInScenarios;
import org.firebreak.simulation.InstalledScenarios;
import org.firebreak.simulation.Scenario;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * Which scenario to drill: the built-in ones, those installed in the {@code scenarios} folder
 * beside the incident database (a bad file is named with its reason and left out), or a scenario
 * file or master events list opened from anywhere. Files are read off the FX thread.
 */
final class ScenarioPicker {

  /** One scenario offered, as the list shows it. */
  record Choice(String shown, String id, Scenario scenario) {
    @Override
    public String toString() {
      return shown;
    }
  }

  private record Offer(List<Choice> choices, List<String> leftOut) {}

  private ScenarioPicker() {}

  static void choose(
      Window owner,
      Path installedFolder,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      Consumer<Choice> chosen) {
    String language = DrillWindow.language(i18n);
    runner.run(
        () -> offer(installedFolder, language, i18n),
        offer -> show(owner, offer, runner, i18n, errors, chosen),
        e -> errors.report(i18n.get("drill.failed"), e));
  }

  private static Offer offer(Path folder, String language, I18n i18n) {
    List<Choice> choices = new ArrayList<>();
    for (String id : BuiltInScenarios.ids()) {
      Scenario s = BuiltInScenarios.find(id).orElseThrow();
      choices.add(new Choice(i18n.get("drill.choice.builtIn", s.title(), lang(s)), id, s));
    }
    List<String> leftOut = new ArrayList<>();
    for (InstalledScenarios.Entry e : InstalledScenarios.list(folder, language)) {
      String file = e.file().getFileName().toString();
      if (e.usable()) {
        choices.add(
            new Choice(
                i18n.get("drill.choice.installed", e.scenario().title(), lang(e.scenario()), file),
                file.replaceFirst("\\.[^.]+$", ""),
                e.scenario()));
      } else {
        leftOut.add(e.problem());
      }
    }
    return new Offer(choices, leftOut);
  }

  private static String lang(Scenario s) {
    return s.language() == null ? "" : s.language().toUpperCase(java.util.Locale.ROOT);
  }

  private static void show(
      Window owner,
      Offer offer,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      Consumer<Choice> chosen) {
    Dialog<Choice> dialog = DialogButtons.localise(new Dialog<>(), i18n);
    dialog.initOwner(owner);
    dialog.setTitle(i18n.get("drill.title"));
    dialog.setHeaderText(i18n.get("drill.choose"));
    dialog.getDialogPane().setId("drillPicker");
    ListView<Choice> list = new ListView<>();
    list.setId("drillScenarios");
    list.getItems().setAll(offer.choices());
    list.getSelectionModel().selectFirst();
    list.setPrefSize(560, 260);
    Button open = new Button(i18n.get("drill.openFile"));
    open.setId("drillOpenFile");
    VBox content = new VBox(8, list, open);
    if (!offer.leftOut().isEmpty()) {
      Label problems = new Label(i18n.get("drill.leftOut", String.join("\n", offer.leftOut())));
      problems.setId("drillLeftOut");
      problems.setWrapText(true);
      problems.setMaxWidth(560);
      content.getChildren().add(problems);
    }
    dialog.getDialogPane().setContent(content);
    dialog.setTitle(i18n.get("drill.title"));
    dialog.setResultConverter(
        b -> DialogButtons.confirmed(b) ? list.getSelectionModel().getSelectedItem() : null);
    open.setOnAction(
        e -> {
          FileChooser chooser = new FileChooser();
          chooser.setTitle(i18n.get("drill.openFile"));
          chooser
              .getExtensionFilters()
              .add(new FileChooser.ExtensionFilter(i18n.get("drill.fileTypes"), "*.json", "*.csv"));
          File file = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
          if (file != null) {
            dialog.setResult(null);
            dialog.close();
            openFile(file.toPath(), runner, i18n, errors, chosen);
          }
        });
    dialog.showAndWait().ifPresent(chosen);
  }

  /** Reads a scenario file or master events list; a refusal names the file and the field. */
  static void openFile(
      Path file, TaskRunner runner, I18n i18n, ErrorReporter errors, Consumer<Choice> chosen) {
    String name = file.getFileName().toString();
    runner.run(
        () -> InstalledScenarios.read(file, DrillWindow.language(i18n)),
        s -> chosen.accept(new Choice(name, name.replaceFirst("\\.[^.]+$", ""), s)),
        e -> errors.report(i18n.get("drill.fileRefused", name), e));
  }
}
