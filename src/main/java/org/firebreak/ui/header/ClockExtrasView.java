package org.firebreak.ui.header;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.firebreak.incident.ClockPhase;
import org.firebreak.ui.common.DesktopNotice;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beside the crisis clock: the T+5/T+15/T+60 marks, the update-cadence reminder, and the alert
 * settings (mute, cadence). Shows a desktop notification when the clock crosses a threshold.
 */
final class ClockExtrasView extends VBox {

  private static final Logger LOG = LoggerFactory.getLogger(ClockExtrasView.class);
  private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");
  private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");
  static final List<Integer> CADENCES = List.of(15, 30, 60);

  ClockExtrasView(HeaderViewModel vm, I18n i18n) {
    getStyleClass().add("fb-clock-extras");
    setAlignment(Pos.CENTER_LEFT);
    setSpacing(4);

    HBox marks = new HBox(8);
    marks.setId("clockMarks");
    marks.setAlignment(Pos.CENTER_LEFT);
    vm.marksProperty()
        .addListener(
            (o, was, now) -> {
              if (was == null || !was.equals(now)) {
                marks.getChildren().setAll(now.stream().map(m -> mark(m, i18n)).toList());
              }
            });

    Label reminder = new Label();
    reminder.setId("updateReminder");
    reminder.getStyleClass().add("fb-update-reminder");
    reminder.textProperty().bind(vm.reminderTextProperty());
    reminder.visibleProperty().bind(vm.reminderTextProperty().isNotEmpty());
    reminder.managedProperty().bind(reminder.visibleProperty());
    vm.reminderLateProperty()
        .addListener((o, was, late) -> reminder.pseudoClassStateChanged(LATE, late));

    MenuButton settings = new MenuButton(null, new FontIcon("mdi2b-bell-outline"));
    settings.setId("clockAlertSettings");
    settings.getStyleClass().add("fb-clock-settings");
    CheckMenuItem mute = new CheckMenuItem(i18n.get("clock.mute"));
    mute.setId("clockMute");
    mute.selectedProperty().bindBidirectional(vm.mutedProperty());
    vm.mutedProperty()
        .addListener(
            (o, was, m) ->
                ((FontIcon) settings.getGraphic())
                    .setIconLiteral(m ? "mdi2b-bell-off-outline" : "mdi2b-bell-outline"));
    Menu cadence = new Menu(i18n.get("clock.cadence"));
    ToggleGroup group = new ToggleGroup();
    for (int minutes : CADENCES) {
      RadioMenuItem item = new RadioMenuItem(i18n.get("clock.cadence.minutes", minutes));
      item.setToggleGroup(group);
      item.setSelected(minutes == vm.cadenceMinutesProperty().get());
      item.setOnAction(e -> vm.cadenceMinutesProperty().set(minutes));
      cadence.getItems().add(item);
      // the incident's stored cadence, once it is loaded
      vm.cadenceMinutesProperty()
          .addListener((o, was, now) -> item.setSelected(now.intValue() == minutes));
    }
    settings.getItems().addAll(mute, cadence);

    HBox top = new HBox(8, marks, settings);
    top.setAlignment(Pos.CENTER_LEFT);
    getChildren().addAll(top, reminder);

    vm.onAlert(phase -> alert(vm, phase));
  }

  private static Label mark(ClockMarks.Mark m, I18n i18n) {
    Label l =
        new Label(i18n.get(m.reached() ? "clock.mark.reached" : "clock.mark.pending", m.minutes()));
    l.setId("clockMark" + m.minutes());
    l.getStyleClass().add("fb-clock-mark");
    l.pseudoClassStateChanged(REACHED, m.reached());
    return l;
  }

  private void alert(HeaderViewModel vm, ClockPhase phase) {
    if (!vm.mutedProperty().get() && !GraphicsEnvironment.isHeadless()) {
      Toolkit.getDefaultToolkit().beep();
    }
    if (getScene() == null || getScene().getWindow() == null) {
      return;
    }
    try {
      if (phase == ClockPhase.WARNING) {
        DesktopNotice.warn(getScene().getWindow(), vm.alertTitle(phase), vm.alertText(phase));
      } else {
        DesktopNotice.error(getScene().getWindow(), vm.alertTitle(phase), vm.alertText(phase));
      }
    } catch (RuntimeException e) {
      LOG.warn("Could not show the clock notification", e); // the clock itself still shows it
    }
  }
}
