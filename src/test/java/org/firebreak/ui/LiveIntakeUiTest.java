package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HexFormat;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.intake.webhook.WebhookSecret;
import org.firebreak.intake.webhook.WebhookSignature;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.preferences.PreferencesStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Preferences › Intake switches the webhook and the watched folder on, as a person would. */
@ExtendWith(ApplicationExtension.class)
class LiveIntakeUiTest {

  @TempDir static Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private Services services;
  private FxTaskRunner runner;
  private Stage stage;
  private ConsoleHost host;
  private PreferencesStore store;
  private Path folder;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    folder = Files.createTempDirectory(dir, "live");
    services = TempDatabase.open(folder, clock);
    runner = new FxTaskRunner();
    store = new PreferencesStore(folder.resolve(PreferencesStore.FILE_NAME));
    host = HostedWindow.show(stage, services, runner, store);
  }

  @AfterEach
  void close() throws Exception {
    HostedWindow.close(stage, host);
  }

  @Test
  void switchedOnInPreferencesTheWebhookAndFolderFeedTheQueue(FxRobot robot) throws Exception {
    FxWait.until(30, () -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    FxWait.until(30, () -> robot.lookup("#queueTable").queryTableView().getItems().size() == 200);

    robot.clickOn("File").clickOn("Preferences\u2026");
    FxWait.until(30, () -> robot.lookup("#prefsWebhook").tryQuery().isPresent());
    assertThat(robot.lookup("#prefsWebhookPort").query().isDisabled())
        .as("off by default")
        .isTrue();
    robot.clickOn("#prefsWebhook");
    TextField shown = robot.lookup("#prefsWebhookSecret").queryAs(TextField.class);
    FxWait.until(30, shown::isVisible);
    String secret = shown.getText();
    assertThat(secret).matches("[0-9a-f]{64}");
    Snapshots.write(shown.getScene().getRoot(), "prefs-intake");
    int port = freePort();
    Spinner<Integer> portBox = robot.lookup("#prefsWebhookPort").queryAs(Spinner.class);
    robot.interact(() -> portBox.getValueFactory().setValue(port));
    Path inbox = folder.resolve("inbox");
    robot.interact(
        () -> robot.lookup("#prefsWatchFolder").queryAs(TextField.class).setText(inbox.toString()));
    robot.clickOn("#prefsApply");

    byte[] key = HexFormat.of().parseHex(secret);
    FxWait.until(
        20,
        () ->
            post(
                    port,
                    key,
                    "{\"id\":\"hook-1\",\"platform\":\"x\",\"author\":\"tool\",\"text\":\"via webhook\"}")
                == 200);
    FxWait.until(30, () -> robot.lookup("#queueNewArrivals").query().isVisible());
    assertThat(robot.lookup("#queueNewArrivals").queryButton().getText())
        .isEqualTo("1 new: show them");

    FxWait.until(30, () -> Files.isDirectory(inbox));
    Files.writeString(
        inbox.resolve("drop.csv"), "id,platform,author,text\nfile-1,x,tool,via folder\n");
    FxWait.until(30, () -> Files.exists(inbox.resolve("done/drop.csv")));
    FxWait.until(
        30, () -> robot.lookup("#queueNewArrivals").queryButton().getText().startsWith("2 new"));

    assertThat(store.load().intake().webhook()).isTrue();
    assertThat(store.load().intake().watchFolder()).isEqualTo(inbox.toString());
    Path secretFile = folder.resolve(WebhookSecret.FILE_NAME);
    assertThat(Files.getPosixFilePermissions(secretFile))
        .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    assertThat(Files.readString(store.file())).doesNotContain(secret);
  }

  private int post(int port, byte[] key, String body) {
    String ts = Long.toString(clock.instant().getEpochSecond());
    try {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/messages"))
                      .header("X-Firebreak-Delivery", "ui-1")
                      .header("X-Firebreak-Timestamp", ts)
                      .header(
                          "X-Firebreak-Signature",
                          WebhookSignature.sign(
                              key, ts, "ui-1", body.getBytes(StandardCharsets.UTF_8)))
                      .POST(HttpRequest.BodyPublishers.ofString(body))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      return r.statusCode();
    } catch (java.io.IOException e) {
      return -1; // not listening yet
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
