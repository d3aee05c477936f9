package org.firebreak.ui.simulation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.firebreak.app.Services;
import org.firebreak.simulation.DrillScore;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.simulation.SimulatedClock;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.ui.Console;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;
import org.firebreak.ui.common.Theme;
import org.firebreak.ui.common.WhileShown;

/**
 * A drill in its own window and its own training database: the normal console under a permanent
 * SIMULATION banner, with the trainer's controls above it.
 */
public final class DrillWindow {

  private DrillWindow() {}

  /**
   * Asks which scenario to run (built in, installed beside the incident database, or a file), then
   * opens it in a new training database.
   */
  public static void choose(
      Window owner,
      Path drillsFolder,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      Consumer<String> openLink) {
    ScenarioPicker.choose(
        owner,
        drillsFolder.resolveSibling("scenarios"),
        runner,
        i18n,
        errors,
        choice -> {
          TextInputDialog teamDialog =
              org.firebreak.ui.common.DialogButtons.localise(new TextInputDialog(), i18n);
          teamDialog.initOwner(owner);
          teamDialog.setTitle(i18n.get("drill.title"));
          teamDialog.setHeaderText(i18n.get("drill.team"));
          teamDialog.getEditor().setPromptText(i18n.get("drill.team.prompt"));
          String team = teamDialog.showAndWait().map(String::strip).orElse("");
          String safe = choice.id().replaceAll("[^A-Za-z0-9._-]", "_");
          Path db = drillsFolder.resolve(safe + "-" + Instant.now().getEpochSecond());
          runner.run(
              () -> {
                SimulatedClock clock = new SimulatedClock(Instant.now(), 10);
                Services services = Services.open(db, clock);
                clock.pause();
                return ScenarioPlayer.start(
                    choice.scenario(),
                    services,
                    clock,
                    DatabaseLocation.resolveForThisUser(null),
                    team.isEmpty() ? null : team);
              },
              player -> open(player, runner, i18n, errors, openLink),
              e -> errors.report(i18n.get("drill.failed"), e));
        });
  }

  /** The drill window for a started player (also used by tests). */
  public static Stage open(
      ScenarioPlayer player,
      TaskRunner runner,
      I18n i18n,
      ErrorReporter errors,
      Consumer<String> openLink) {
    Console console = new Console(player.services(), runner, i18n, errors, openLink);
    DrillViewModel vm =
        new DrillViewModel(
            player,
            runner,
            console::arrivalsChanged,
            e -> errors.report(i18n.get("drill.failed"), e));

    Label banner = new Label(i18n.get("drill.banner", player.scenario().title()));
    banner.setId("simulationBanner");
    banner.getStyleClass().add("fb-simulation-banner");
    banner.setMaxWidth(Double.MAX_VALUE);

    Button play = new Button();
    play.setId("drillPlay");
    play.textProperty()
        .bind(
            Bindings.when(vm.runningProperty())
                .then(i18n.get("drill.pause"))
                .otherwise(i18n.get("drill.start")));
    play.setOnAction(e -> vm.toggle());
    ComboBox<Integer> speed = new ComboBox<>(FXCollections.observableArrayList(1, 5, 10, 30, 60));
    speed.setId("drillSpeed");
    speed.setValue(player.clock().speed());
    speed.setOnAction(e -> vm.setSpeed(speed.getValue()));
    Button fire = new Button(i18n.get("drill.fireNext"));
    fire.setId("drillFire");
    fire.setOnAction(e -> vm.fireNext());
    TextField note = new TextField();
    note.setId("drillNote");
    note.setPromptText(i18n.get("drill.note.prompt"));
    note.setOnAction(
        e -> {
          vm.note(note.getText());
          note.clear();
        });
    HBox.setHgrow(note, Priority.ALWAYS);
    Button score = new Button(i18n.get("drill.score"));
    score.setId("drillScore");
    score.setOnAction(e -> vm.score(s -> showScore(s, i18n, score.getScene().getWindow())));
    Button debrief = new Button(i18n.get("drill.debrief"));
    debrief.setId("drillDebrief");
    debrief.setOnAction(
        e -> vm.debrief(language(i18n), path -> openLink.accept(path.toUri().toString())));
    Button compare = new Button(i18n.get("drill.compare"));
    compare.setId("drillCompare");
    compare.setOnAction(
        e ->
            vm.compare(
                (c, skipped) ->
                    RunComparisonDialog.show(
                        c,
                        skipped,
                        i18n,
                        compare.getScene().getWindow(),
                        () ->
                            vm.writeComparison(
                                c,
                                language(i18n),
                                path -> openLink.accept(path.toUri().toString())))));
    Label status = new Label();
    status.setId("drillStatus");
    status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.summaryProperty().get() == null
                        ? ""
                        : i18n.get(
                            "drill.status",
                            String.format("%.1f", vm.summaryProperty().get().simulatedMinutes()),
                            vm.summaryProperty().get().messagesGenerated(),
                            vm.summaryProperty().get().injectsFired()),
                vm.summaryProperty()));
    Label speedLabel = new Label(i18n.get("drill.speed"));
    // the clock on the first row, notes and reports on the second; no control is ever cut short
    HBox clockRow = new HBox(10, play, speedLabel, speed, fire, status);
    HBox reportRow = new HBox(10, note, score, debrief, compare);
    for (HBox row : java.util.List.of(clockRow, reportRow)) {
      row.setAlignment(Pos.CENTER_LEFT);
      row.getChildren().stream()
          .filter(n -> n != note && n instanceof javafx.scene.layout.Region)
          .forEach(n -> ((javafx.scene.layout.Region) n).setMinWidth(Region.USE_PREF_SIZE));
    }
    note.setPrefColumnCount(40);
    VBox controls = new VBox(6, clockRow, reportRow);
    controls.setPadding(new Insets(6, 12, 6, 12));
    controls.getStyleClass().add("fb-trainer-panel");

    BorderPane root = new BorderPane(console.root());
    root.setTop(new VBox(banner, controls));
    root.setRight(new InjectList(vm, i18n));
    Stage stage = new Stage();
    // the console keeps its own width beside the inject list, where the screen allows it
    javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
    Scene scene =
        new Scene(root, Math.min(1600, screen.getWidth()), Math.min(900, screen.getHeight()));
    Theme.apply(scene);
    stage.setScene(scene);
    stage.setTitle(i18n.get("drill.window", player.scenario().title()));
    stage.setUserData(player);
    // at 60x a quarter second is 15 simulated seconds: arrivals reach the queue well within 1 s
    WhileShown.every(root, Duration.millis(250), vm::tick);
    stage.setOnHidden(
        e -> {
          vm.close();
          runner.execute(() -> player.services().close(), () -> {}, err -> {});
        });
    stage.show();
    console.start();
    vm.tick();
    return stage;
  }

  private static void showScore(DrillScore s, I18n i18n, Window owner) {
    org.firebreak.share.Words words = new org.firebreak.share.Words(language(i18n));
    StringBuilder text = new StringBuilder();
    for (DrillScore.Part p : s.parts()) {
      text.append(
          String.format(
              "%-30s %5.1f / %d   %s%n",
              words.get("debrief.part." + p.id()),
              p.points(),
              p.weight(),
              words.scoreDetail(p.detail())));
    }
    Alert alert =
        org.firebreak.ui.common.DialogButtons.alert(
            Alert.AlertType.INFORMATION, text.toString(), i18n);
    alert.initOwner(owner);
    alert.setHeaderText(i18n.get("drill.score.header", s.total()));
    alert.getDialogPane().setPrefWidth(720);
    alert.show();
  }

  /** The language of reports: the console's. */
  static String language(I18n i18n) {
    return "id".equals(i18n.locale().getLanguage()) ? "id" : "en";
  }

  static String shown(Instant at) {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(java.time.ZoneOffset.UTC)
        .format(at);
  }

  /** Where drills keep their training databases: beside the live one, never in it. */
  public static Path drillsFolder(Path liveBase) {
    return liveBase.toAbsolutePath().resolveSibling("drills");
  }
}
