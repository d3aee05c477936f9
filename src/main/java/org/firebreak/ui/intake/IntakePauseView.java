package org.firebreak.ui.intake;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.Duration;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.WhileShown;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pause intake / Release N held, with the pause moment while paused. */
public final class IntakePauseView extends HBox {

  public IntakePauseView(
      IntakePauseViewModel vm,
      I18n i18n,
      Formats formats,
      java.util.function.Consumer<Throwable> failed) {
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(8);
    Label state = new Label();
    state.setId("intakeHeld");
    state.getStyleClass().add("fb-intake-paused");
    state
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.pausedAtProperty().get() == null
                        ? ""
                        : i18n.get(
                            "intake.pause.state",
                            formats.time(vm.pausedAtProperty().get()),
                            formats.count(vm.heldProperty().get())),
                vm.pausedAtProperty(),
                vm.heldProperty()));
    state.visibleProperty().bind(vm.pausedProperty());
    state.managedProperty().bind(vm.pausedProperty());

    Button toggle = new Button();
    toggle.setId("pauseIntake");
    toggle
        .textProperty()
        .bind(
            Bindings.when(vm.pausedProperty())
                .then(i18n.get("intake.pause.release"))
                .otherwise(i18n.get("intake.pause.pause")));
    toggle
        .graphicProperty()
        .bind(
            Bindings.createObjectBinding(
                () ->
                    new FontIcon(
                        vm.pausedProperty().get()
                            ? "mdi2p-play-circle-outline"
                            : "mdi2p-pause-circle-outline"),
                vm.pausedProperty()));
    toggle.disableProperty().bind(vm.busyProperty());
    toggle.setOnAction(e -> vm.toggle(failed));
    toggle.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
    state.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
    getChildren().addAll(state, toggle);
    WhileShown.every(this, Duration.seconds(3), vm::refresh);
  }
}
