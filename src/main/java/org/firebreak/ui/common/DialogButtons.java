package org.firebreak.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * Dialog buttons and alerts in the chosen language. JavaFX's own ButtonType.OK/CANCEL/CLOSE speak
 * the JVM's language (and JavaFX has no Indonesian), so Firebreak never uses them.
 */
public final class DialogButtons {
  private DialogButtons() {}

  public static ButtonType ok(I18n i18n) {
    return new ButtonType(i18n.get("common.ok"), ButtonData.OK_DONE);
  }

  public static ButtonType cancel(I18n i18n) {
    return new ButtonType(i18n.get("common.cancel"), ButtonData.CANCEL_CLOSE);
  }

  public static ButtonType close(I18n i18n) {
    return new ButtonType(i18n.get("common.close"), ButtonData.CANCEL_CLOSE);
  }

  /**
   * Gives a stock dialog (choice, text input) OK and Cancel buttons in the interface's language.
   */
  public static <T extends javafx.scene.control.Dialog<?>> T localise(T dialog, I18n i18n) {
    dialog.getDialogPane().getButtonTypes().setAll(ok(i18n), cancel(i18n));
    dialog.setTitle(i18n.get("app.title"));
    return dialog;
  }

  /** Whether the button a person chose means "go ahead". */
  public static boolean confirmed(ButtonType chosen) {
    return chosen.getButtonData() == ButtonData.OK_DONE;
  }

  /** An alert titled with the app's name: OK (and Cancel for a confirmation) in the language. */
  public static Alert alert(Alert.AlertType type, String body, I18n i18n) {
    Alert alert =
        type == Alert.AlertType.CONFIRMATION
            ? new Alert(type, body, ok(i18n), cancel(i18n))
            : new Alert(type, body, ok(i18n));
    alert.setTitle(i18n.get("app.title"));
    return alert;
  }

  /** Asks the person to confirm (OK or Cancel) over {@code owner}; true when they chose OK. */
  public static boolean confirm(javafx.stage.Window owner, String header, String body, I18n i18n) {
    Alert confirm = alert(Alert.AlertType.CONFIRMATION, body, i18n);
    confirm.initOwner(owner);
    confirm.setHeaderText(header);
    return confirm.showAndWait().filter(DialogButtons::confirmed).isPresent();
  }
}
