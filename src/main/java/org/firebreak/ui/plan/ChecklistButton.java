package org.firebreak.ui.plan;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** In the header: how many checklist items are open; a click opens the checklist. */
public final class ChecklistButton extends Button {

  private static final PseudoClass ALL_DONE = PseudoClass.getPseudoClass("all-done");

  public ChecklistButton(
      ChecklistViewModel vm, I18n i18n, Formats formats, Consumer<Throwable> onFailure) {
    super(null, new FontIcon("mdi2c-clipboard-check-outline"));
    setId("checklistButton");
    getStyleClass().add("fb-checklist-button");
    textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.openProperty().get() == 0
                        ? i18n.get("header.checklist.done")
                        : i18n.get("header.checklist.open", vm.openProperty().get()),
                vm.openProperty()));
    vm.openProperty()
        .addListener((o, was, now) -> pseudoClassStateChanged(ALL_DONE, now.intValue() == 0));
    visibleProperty().bind(Bindings.isNotEmpty(vm.items()));
    managedProperty().bind(visibleProperty());
    setAccessibleText(i18n.get("checklist.title"));
    setOnAction(
        e -> new ChecklistDialog(getScene().getWindow(), vm, i18n, formats, onFailure).show());
  }
}
