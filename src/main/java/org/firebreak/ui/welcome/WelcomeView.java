package org.firebreak.ui.welcome;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** First run on an empty database: three clear ways to start. */
public final class WelcomeView extends VBox {
  private final HBox choices;
  private final I18n i18n;

  public WelcomeView(I18n i18n, Runnable declare, Runnable openDemo, Runnable startDrill) {
    getStyleClass().add("fb-welcome");
    setId("welcome");
    setAlignment(Pos.CENTER);
    setSpacing(18);
    Label title = new Label(i18n.get("welcome.title"));
    title.getStyleClass().add("fb-welcome-title");
    Label subtitle = new Label(i18n.get("welcome.subtitle"));
    subtitle.getStyleClass().add("fb-welcome-subtitle");
    subtitle.setWrapText(true);

    Button declareButton =
        choice(
            i18n.get("welcome.declare"),
            i18n.get("welcome.declare.detail"),
            "mdi2a-alarm-light-outline");
    declareButton.setId("welcomeDeclare");
    declareButton.getStyleClass().add("danger");
    declareButton.setOnAction(e -> declare.run());
    Button demoButton =
        choice(
            i18n.get("welcome.demo"), i18n.get("welcome.demo.detail"), "mdi2p-play-circle-outline");
    demoButton.setId("welcomeDemo");
    demoButton.setOnAction(e -> openDemo.run());
    Button trainingButton =
        choice(
            i18n.get("welcome.training"),
            i18n.get("welcome.training.detail"),
            "mdi2s-school-outline");
    trainingButton.setId("welcomeTraining");
    trainingButton.setOnAction(e -> startDrill.run());

    choices = new HBox(16, declareButton, demoButton, trainingButton);
    choices.setAlignment(Pos.CENTER);
    getChildren().addAll(title, subtitle, choices);
    this.i18n = i18n;
  }

  /** Adds "Restore a backup", shown only while backups exist. */
  public void offerRestore(Runnable restore, ObservableBooleanValue available) {
    Button restoreButton =
        choice(
            i18n.get("welcome.restore"),
            i18n.get("welcome.restore.detail"),
            "mdi2b-backup-restore");
    restoreButton.setId("welcomeRestore");
    restoreButton.setOnAction(e -> restore.run());
    restoreButton.visibleProperty().bind(available);
    restoreButton.managedProperty().bind(available);
    choices.getChildren().add(restoreButton);
  }

  private static Button choice(String title, String detail, String icon) {
    Button b = new Button(title + "\n" + detail, new FontIcon(icon));
    b.getStyleClass().add("fb-welcome-choice");
    b.setContentDisplay(ContentDisplay.TOP);
    b.setWrapText(true);
    // grows downward when a language or a larger font needs more lines
    b.setPrefWidth(230);
    b.setMinHeight(150);
    b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return b;
  }
}
