package org.firebreak.ui.header;

import java.util.Locale;
import javafx.animation.Timeline;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.firebreak.incident.ClockPhase;
import org.firebreak.incident.IncidentState;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** The header bar shown above every tab. */
public final class HeaderView extends HBox {

  private final Timeline ticker;

  public HeaderView(
      HeaderViewModel vm,
      I18n i18n,
      Runnable declare,
      Runnable resolve,
      javafx.scene.Node... beforeClock) {
    getStyleClass().add("fb-header");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(16);

    Label name = new Label();
    name.setId("incidentName");
    name.getStyleClass().add("fb-incident-name");
    name.textProperty().bind(vm.incidentNameProperty());
    name.setMinWidth(120);

    Label state = new Label();
    state.setId("incidentState");
    state.getStyleClass().add("fb-state-badge");
    state.textProperty().bind(vm.stateTextProperty());
    vm.stateProperty().addListener((o, was, now) -> applyPseudo(state, "state", was, now));
    applyPseudo(state, "state", null, vm.stateProperty().get());

    VBox titles = new VBox(2, name, state);
    titles.setAlignment(Pos.CENTER_LEFT);

    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    Label clockCaption = new Label();
    clockCaption.getStyleClass().add("fb-clock-caption");
    clockCaption.textProperty().bind(vm.clockCaptionProperty());
    Label clock = new Label();
    clock.setId("crisisClock");
    clock.getStyleClass().add("fb-clock");
    clock.textProperty().bind(vm.clockTextProperty());
    clock.setAccessibleText(i18n.get("clock.accessible"));
    VBox clockBox = new VBox(0, clockCaption, clock);
    clockBox.setId("crisisClockBox");
    clockBox.getStyleClass().add("fb-clock-box");
    clockBox.setAlignment(Pos.CENTER_RIGHT);
    vm.phaseProperty().addListener((o, was, now) -> applyPseudo(clockBox, "phase", was, now));
    applyPseudo(clockBox, "phase", null, vm.phaseProperty().get());

    Button declareButton =
        new Button(i18n.get("header.declare"), new FontIcon("mdi2a-alarm-light-outline"));
    declareButton.setId("declareButton");
    declareButton.getStyleClass().add("danger");
    declareButton
        .disableProperty()
        .bind(vm.stateProperty().isEqualTo(IncidentState.ACTIVE).or(vm.loadedProperty().not()));
    declareButton.setOnAction(e -> declare.run());

    Button resolveButton =
        new Button(i18n.get("header.resolve"), new FontIcon("mdi2c-check-circle-outline"));
    resolveButton.setId("resolveButton");
    resolveButton.disableProperty().bind(vm.stateProperty().isNotEqualTo(IncidentState.ACTIVE));
    resolveButton.setOnAction(e -> resolve.run());

    ClockExtrasView extras = new ClockExtrasView(vm, i18n);
    getChildren().addAll(titles, spacer);
    getChildren().addAll(beforeClock);
    getChildren().addAll(extras, clockBox, declareButton, resolveButton);

    ticker = org.firebreak.ui.common.WhileShown.every(this, Duration.seconds(1), () -> vm.tick());
  }

  private static void applyPseudo(Region node, String prefix, Enum<?> was, Enum<?> now) {
    if (was != null) {
      node.pseudoClassStateChanged(pseudo(prefix, was), false);
    }
    if (now != null) {
      node.pseudoClassStateChanged(pseudo(prefix, now), true);
    }
  }

  private static PseudoClass pseudo(String prefix, Enum<?> value) {
    return PseudoClass.getPseudoClass(
        prefix + "-" + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** For the phase colours in CSS: :phase-on-track, :phase-warning, :phase-critical, ... */
  static String pseudoName(ClockPhase phase) {
    return pseudo("phase", phase).getPseudoClassName();
  }
}
