package org.firebreak.ui.preferences;

import java.io.File;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import org.firebreak.intake.webhook.WebhookSecret;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * Preferences › Intake: the local webhook (off by default), its port and secret, and the watched
 * folder. A new secret is shown once, here, to be copied into the monitoring tool; afterwards only
 * its fingerprint is.
 */
final class IntakePane {

  private final CheckBox webhook;
  private final Spinner<Integer> port;
  private final TextField folder;

  IntakePane(
      GridPane grid,
      int row,
      IntakePreferences current,
      WebhookSecret secret,
      TaskRunner runner,
      I18n i18n) {
    webhook = new CheckBox(i18n.get("prefs.webhook.on"));
    webhook.setId("prefsWebhook");
    webhook.setSelected(current.webhook());
    port = new Spinner<>(1024, 65535, current.webhookPort());
    port.setId("prefsWebhookPort");
    port.setEditable(true);
    port.disableProperty().bind(webhook.selectedProperty().not());

    Label fingerprint = new Label();
    fingerprint.setId("prefsWebhookFingerprint");
    fingerprint.getStyleClass().add("fb-figure-secondary");
    fingerprint.setWrapText(true);
    fingerprint.setMaxWidth(380);
    fingerprint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    TextField shown = new TextField();
    shown.setId("prefsWebhookSecret");
    shown.setEditable(false);
    shown.setPrefColumnCount(44);
    shown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    shown.setVisible(false); // its row is kept, so the dialog does not grow when it shows
    Button regenerate = new Button(i18n.get("prefs.webhook.newSecret"));
    regenerate.setId("prefsWebhookNewSecret");
    regenerate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    regenerate.setOnAction(
        e -> {
          regenerate.setDisable(true);
          runner.run(
              secret::regenerate,
              hex -> {
                regenerate.setDisable(false);
                shown.setText(hex);
                shown.setVisible(true);
                fingerprint.setText(
                    i18n.get(
                        "prefs.webhook.shownOnce",
                        WebhookSecret.fingerprint(java.util.HexFormat.of().parseHex(hex))));
                if (grid.getScene() != null) {
                  grid.getScene().getWindow().sizeToScene();
                }
              },
              failure -> {
                regenerate.setDisable(false);
                fingerprint.setText(failure.getMessage());
              });
        });
    runner.run(
        () -> secret.read().map(WebhookSecret::fingerprint).orElse(null),
        fp -> {
          fingerprint.setText(
              fp == null
                  ? i18n.get("prefs.webhook.noSecret")
                  : i18n.get("prefs.webhook.fingerprint", fp));
          // switching the webhook on with no secret yet makes one, shown here once
          webhook
              .selectedProperty()
              .addListener(
                  (o, was, on) -> {
                    if (on && fp == null && !shown.isVisible()) {
                      regenerate.fire();
                    }
                  });
        },
        failure -> fingerprint.setText(failure.getMessage()));

    folder = new TextField(current.watchFolder());
    folder.setId("prefsWatchFolder");
    folder.setPromptText(i18n.get("prefs.watch.none"));
    folder.setPrefColumnCount(24);
    Button choose = new Button(i18n.get("prefs.watch.choose"));
    choose.setId("prefsWatchChoose");
    choose.setOnAction(
        e -> {
          DirectoryChooser chooser = new DirectoryChooser();
          chooser.setTitle(i18n.get("prefs.watch"));
          File picked = chooser.showDialog(grid.getScene().getWindow());
          if (picked != null) {
            folder.setText(picked.getAbsolutePath());
          }
        });
    Label help = new Label(i18n.get("prefs.intake.help"));
    help.setWrapText(true);
    help.setMaxWidth(560);
    help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    help.getStyleClass().add("fb-figure-secondary");

    grid.addRow(row, new Label(i18n.get("prefs.webhook")), webhook);
    grid.addRow(row + 1, new Label(i18n.get("prefs.webhook.port")), port);
    grid.addRow(
        row + 2, new Label(i18n.get("prefs.webhook.secret")), new HBox(8, regenerate, fingerprint));
    grid.add(shown, 1, row + 3);
    grid.addRow(row + 4, new Label(i18n.get("prefs.watch")), new HBox(8, folder, choose));
    grid.add(help, 0, row + 5, 2, 1);
  }

  IntakePreferences value() {
    return new IntakePreferences(webhook.isSelected(), port.getValue(), folder.getText());
  }
}
