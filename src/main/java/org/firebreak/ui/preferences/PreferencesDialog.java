package org.firebreak.ui.preferences;

import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.I18n;

/** Edit › Preferences: language, theme, font size, sounds and the default first-response window. */
public final class PreferencesDialog extends Dialog<Preferences> {

  public PreferencesDialog(Window owner, Preferences current, Path file, I18n i18n) {
    this(owner, current, file, i18n, null, null);
  }

  /**
   * @param secret the webhook's secret (Intake section), or null to leave the section out
   */
  public PreferencesDialog(
      Window owner,
      Preferences current,
      Path file,
      I18n i18n,
      org.firebreak.intake.webhook.WebhookSecret secret,
      org.firebreak.ui.common.TaskRunner runner) {
    initOwner(owner);
    setTitle(i18n.get("prefs.title"));
    setHeaderText(i18n.get("prefs.header"));

    ChoiceBox<String> language =
        choice("prefsLanguage", "prefs.language.", Preferences.LANGUAGES, i18n);
    language.setValue(current.language());
    ChoiceBox<String> theme = choice("prefsTheme", "prefs.theme.", Preferences.THEMES, i18n);
    theme.setValue(current.theme());
    Spinner<Integer> font =
        new Spinner<>(Preferences.MIN_FONT, Preferences.MAX_FONT, current.fontSize());
    font.setId("prefsFontSize");
    font.setEditable(true);
    CheckBox sounds = new CheckBox(i18n.get("prefs.sounds.on"));
    sounds.setId("prefsSounds");
    sounds.setSelected(current.sounds());
    Spinner<Integer> window =
        new Spinner<>(1, Preferences.MAX_WINDOW_MINUTES, current.firstResponseMinutes());
    window.setId("prefsWindow");
    window.setEditable(true);
    Label where = new Label(i18n.get("prefs.file", file.toString()));
    where.setWrapText(true);
    where.getStyleClass().add("fb-figure-secondary");

    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(10);
    grid.addRow(0, new Label(i18n.get("prefs.language")), language);
    grid.addRow(1, new Label(i18n.get("prefs.theme")), theme);
    grid.addRow(2, new Label(i18n.get("prefs.fontSize")), font);
    grid.addRow(3, new Label(i18n.get("prefs.sounds")), sounds);
    grid.addRow(4, new Label(i18n.get("prefs.window")), window);
    IntakePane intake =
        secret == null ? null : new IntakePane(grid, 5, current.intake(), secret, runner, i18n);
    grid.add(where, 0, 11, 2, 1);
    // labels keep their whole text; the dialog widens instead of clipping
    grid.getChildren().stream()
        .filter(n -> n instanceof javafx.scene.control.Labeled l && n != where && !l.isWrapText())
        .forEach(n -> ((javafx.scene.control.Labeled) n).setMinWidth(Label.USE_PREF_SIZE));
    where.setMaxWidth(520);
    getDialogPane().setContent(grid);

    ButtonType apply = DialogButtons.ok(i18n);
    getDialogPane().getButtonTypes().addAll(apply, DialogButtons.cancel(i18n));
    getDialogPane().lookupButton(apply).setId("prefsApply");
    setResultConverter(
        b ->
            b == apply
                ? new Preferences(
                    language.getValue(),
                    theme.getValue(),
                    font.getValue(),
                    sounds.isSelected(),
                    window.getValue(),
                    intake == null ? current.intake() : intake.value())
                : null);
  }

  private static ChoiceBox<String> choice(
      String id, String prefix, java.util.List<String> codes, I18n i18n) {
    ChoiceBox<String> box = new ChoiceBox<>(FXCollections.observableArrayList(codes));
    box.setId(id);
    box.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(String code) {
            return code == null ? "" : i18n.get(prefix + code);
          }

          @Override
          public String fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    return box;
  }
}
