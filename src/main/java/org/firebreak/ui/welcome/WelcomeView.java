package org.firebreak.ui.welcome;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.firebreak.app.RecentDatabases;
import org.firebreak.ui.HostActions;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/** First run on an empty database: three clear ways to start, and the incidents opened lately. */
public final class WelcomeView extends VBox {
  private final HBox choices;
  private final I18n i18n;

  public WelcomeView(
      I18n i18n,
      Runnable declare,
      Runnable openDemo,
      Runnable startDrill,
      HostActions host,
      Formats formats) {
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
    if (!host.recent().isEmpty() || host.chooseDatabase() != null) {
      getChildren().add(recent(i18n, host, formats));
    }
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

  /** "Recent incidents": one link per database, with its folder and when it was last opened. */
  private static VBox recent(I18n i18n, HostActions host, Formats formats) {
    Label heading = new Label(i18n.get("welcome.recent"));
    heading.getStyleClass().add("fb-welcome-recent-title");
    VBox list = new VBox(4, heading);
    list.setId("welcomeRecent");
    list.getStyleClass().add("fb-welcome-recent");
    list.setMaxWidth(722);
    for (RecentDatabases.Entry entry : host.recent()) {
      Hyperlink open = new Hyperlink(entry.name(), new FontIcon("mdi2d-database-outline"));
      open.setOnAction(e -> host.openDatabase().accept(entry.path()));
      open.setTooltip(new Tooltip(entry.base()));
      open.setAccessibleText(i18n.get("welcome.recent.open", entry.name()));
      Label where =
          new Label(
              i18n.get(
                  "welcome.recent.detail",
                  String.valueOf(entry.path().toAbsolutePath().getParent()),
                  formats.dateTime(entry.lastOpened())));
      where.getStyleClass().add("fb-welcome-recent-detail");
      where.setMinWidth(Region.USE_PREF_SIZE);
      HBox row = new HBox(8, open, where);
      row.setAlignment(Pos.CENTER_LEFT);
      list.getChildren().add(row);
    }
    if (host.chooseDatabase() != null) {
      Hyperlink other =
          new Hyperlink(
              i18n.get("welcome.recent.other"), new FontIcon("mdi2f-folder-open-outline"));
      other.setId("welcomeOpenOther");
      other.setOnAction(e -> host.chooseDatabase().run());
      list.getChildren().add(other);
    }
    return list;
  }

  private static Button choice(String title, String detail, String icon) {
    Button b = new Button(title + "\n" + detail, new FontIcon(icon));
    b.getStyleClass().add("fb-welcome-choice");
    b.setContentDisplay(ContentDisplay.TOP);
    b.setWrapText(true);
    // grows downward when a language or a larger font needs more lines
    b.setPrefWidth(230);
    b.setMinHeight(150);
    b.setMinWidth(Region.USE_PREF_SIZE);
    return b;
  }
}
