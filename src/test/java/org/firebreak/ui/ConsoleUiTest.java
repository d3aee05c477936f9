package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class ConsoleUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void opensOnTheThreeWelcomeChoices(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    assertThat(robot.lookup("#welcomeDeclare").queryButton().getText())
        .startsWith("Declare an incident");
    assertThat(robot.lookup("#welcomeDemo").queryButton().getText())
        .startsWith("Open the demo incident");
    Button training = robot.lookup("#welcomeTraining").queryButton();
    assertThat(training.getText()).startsWith("Start a training scenario");
    assertThat(training.isDisabled()).isFalse();
    assertThat(text(robot, "#crisisClock")).isEqualTo("--:--");
    assertThat(text(robot, "#incidentState")).isEqualTo("No incident");
  }

  @Test
  void declaringAnIncidentStartsTheHeaderClock(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDeclare");
    waitUntil(() -> robot.lookup("#declareName").tryQuery().isPresent());
    assertThat(robot.lookup("#declareConfirm").query().isDisabled())
        .as("nothing to declare without a name")
        .isTrue();
    robot.clickOn("#declareName").write("Insensitive post");
    robot.clickOn("#declareConfirm");

    waitUntil(() -> "Active".equals(text(robot, "#incidentState")));
    assertThat(text(robot, "#incidentName")).isEqualTo("Insensitive post");
    assertThat(text(robot, "#crisisClock")).isEqualTo("15:00");
    assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
    assertThat(robot.lookup("#declareButton").query().isDisabled()).isTrue();

    clock.advance(Duration.ofMinutes(5));
    waitUntil(() -> "10:00".equals(text(robot, "#crisisClock")));
    clock.advance(Duration.ofMinutes(11));
    waitUntil(() -> "+01:00".equals(text(robot, "#crisisClock")));
    Node clockBox = robot.lookup("#crisisClockBox").query();
    assertThat(clockBox.getPseudoClassStates())
        .extracting(Object::toString)
        .contains("phase-overdue");

    // the header stays in view whichever tab is open
    robot.clickOn("Plan");
    assertThat(robot.lookup("#crisisClock").query().isVisible()).isTrue();
    Snapshots.write(scene.getRoot(), "console-declared");
  }

  @Test
  void theQueueShowsTheDemoMessagesAndEveryTabHasData(FxRobot robot) throws Exception {
    TableView<?> queue = openDemoQueue(robot);
    waitUntil(() -> text(robot, "#queueCount").equals("Showing 200 of 320 messages"));
    waitUntil(() -> text(robot, "#incidentName").equals("Demo: AromaBrew kettle recall"));
    assertThat(text(robot, "#crisisClock")).isEqualTo("09:00");
    assertThat(robot.lookup("#welcome").query().isVisible()).isFalse();
    Snapshots.write(scene.getRoot(), "console-queue");

    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    robot.clickOn("Replies");
    TableView<?> replies = robot.lookup("#repliesTable").queryTableView();
    waitUntil(() -> replies.getItems().size() == 9);
    assertThat(text(robot, "#repliesAwaiting")).matches("\\d+ still need a reply");
    Snapshots.write(scene.getRoot(), "console-replies");

    robot.clickOn("Statements");
    ListView<?> statements = robot.lookup("#statementsList").queryListView();
    waitUntil(() -> statements.getItems().size() == 1);
    Snapshots.write(scene.getRoot(), "console-statements");

    robot.clickOn("Monitor");
    LineChart<?, ?> chart = robot.lookup("#volumeChart").queryAs(LineChart.class);
    waitUntil(() -> text(robot, "#spikeTerms").startsWith("Spike at"));
    // read on the FX thread: the chart is filled there
    List<String> series =
        WaitForAsyncUtils.asyncFx(
                () -> chart.getData().stream().map(s -> (String) s.getName()).toList())
            .get();
    assertThat(series.size()).isGreaterThanOrEqualTo(5);
    assertThat(series).contains("Incident declared", "Spike");
    // each line's legend colour is its own: the declaration once drew in Bluesky's orange
    List<Object> legend =
        WaitForAsyncUtils.asyncFx(
                () ->
                    robot.from(chart).lookup(".chart-legend-item").queryAllAs(Label.class).stream()
                        .filter(Label::isVisible)
                        .map(l -> ((Region) l.getGraphic()).getBackground().getFills().get(0))
                        .map(f -> (Object) f.getFill())
                        .toList())
            .get();
    assertThat(legend)
        .as("one entry per kind of line, each in a colour of its own")
        .hasSize((int) series.stream().distinct().count())
        .doesNotHaveDuplicates();
    List<Object> lines =
        WaitForAsyncUtils.asyncFx(
                () ->
                    robot.from(chart).lookup(".chart-series-line").queryAll().stream()
                        .map(l -> (Object) ((javafx.scene.shape.Shape) l).getStroke())
                        .distinct()
                        .toList())
            .get();
    assertThat(lines).as("the lines drawn in those colours").hasSameSizeAs(legend);
    assertThat(text(robot, "#monitorArrived")).isEqualTo("320 messages arrived");
    Snapshots.write(scene.getRoot(), "console-monitor");

    robot.clickOn("Plan");
    TableView<?> team = robot.lookup("#teamTable").queryTableView();
    waitUntil(() -> team.getItems().size() == 6);
    Snapshots.write(scene.getRoot(), "console-plan");
    assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("planTab");

    robot.clickOn("Queue");
    assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("queueTab");
    assertThat(text(robot, "#statusCounts")).startsWith("320 messages");
  }

  @Test
  void theQueueFiltersByStatusInTheDatabase(FxRobot robot) throws Exception {
    TableView<?> queue = openDemoQueue(robot);
    robot.clickOn("#queueStatusFilter");
    chooseInList(robot, "Replied");
    waitUntil(
        () ->
            queue.getItems().size() < 200
                && text(robot, "#queueCount").matches("Showing (\\d+) of \\1 messages?"));
    assertThat(queue.getItems())
        .allSatisfy(
            m ->
                assertThat(((org.firebreak.queue.Message) m).status())
                    .isEqualTo(org.firebreak.queue.MessageStatus.REPLIED));
  }

  /** Opens the demo incident from the welcome screen and waits for the queue's first page. */
  static TableView<?> openDemoQueue(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    TableView<?> queue = robot.lookup("#queueTable").queryTableView();
    waitUntil(() -> queue.getItems().size() == 200);
    return queue;
  }

  /** Clicks the entry of an open drop-down list (not a table cell with the same text). */
  static void chooseInList(FxRobot robot, String entry) {
    robot.clickOn(
        robot
            .lookup(".list-cell")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText(entry))
            .<Node>query());
  }

  /** Clicks the queue's first row until it is selected (see ConsoleFixture#clickFirstRow). */
  static void clickFirstRow(FxRobot robot) throws Exception {
    clickFirstRow(robot, robot.lookup("#queueTable").queryTableView());
  }

  static long matching(FxRobot robot) {
    String t = text(robot, "#queueCount");
    return Long.parseLong(t.replaceAll("Showing \\d+ of (\\d+) messages.*", "$1"));
  }

  @Test
  void aQueueCanBeTriagedByKeyboardAloneAndUndone(FxRobot robot) throws Exception {
    TableView<?> queue = openDemoQueue(robot);
    robot.clickOn("#queueStatusFilter");
    chooseInList(robot, "Needs reply");
    waitUntil(
        () ->
            !queue.getItems().isEmpty()
                && queue.getItems().stream()
                    .allMatch(
                        m ->
                            ((org.firebreak.queue.Message) m).status()
                                == org.firebreak.queue.MessageStatus.NEEDS_REPLY));
    long before = matching(robot);

    clickFirstRow(robot);
    robot.type(javafx.scene.input.KeyCode.J);
    waitUntil(() -> queue.getSelectionModel().getSelectedIndex() == 1);
    var first = (org.firebreak.queue.Message) queue.getSelectionModel().getSelectedItem();

    robot.type(javafx.scene.input.KeyCode.D);
    waitUntil(() -> matching(robot) == before - 1);
    assertThat(text(robot, "#triageResult")).isEqualTo("1 message updated.");
    // the message that left the view gives way to its neighbour
    waitUntil(() -> queue.getSelectionModel().getSelectedIndex() == 1);

    robot
        .press(javafx.scene.input.KeyCode.CONTROL)
        .type(javafx.scene.input.KeyCode.Z)
        .release(javafx.scene.input.KeyCode.CONTROL);
    waitUntil(() -> matching(robot) == before);
    assertThat(text(robot, "#triageResult")).isEqualTo("Undone: 1 message restored.");

    clickFirstRow(robot);
    robot.type(javafx.scene.input.KeyCode.DIGIT4);
    waitUntil(() -> text(robot, "#triageResult").equals("Label added to 1 message."));

    robot.type(javafx.scene.input.KeyCode.R);
    waitUntil(() -> robot.lookup("#replyText").tryQuery().isPresent());
    var replying = (org.firebreak.queue.Message) queue.getSelectionModel().getSelectedItem();
    robot.clickOn("#replySnippets");
    chooseInList(robot, "Apology");
    javafx.scene.control.TextArea replyText =
        robot.lookup("#replyText").queryAs(javafx.scene.control.TextArea.class);
    waitUntil(
        () -> replyText.getText().startsWith("Hi " + replying.author() + ", we are truly sorry"));
    robot.clickOn("#replyText").write(" Please stop using the kettle.");
    robot.clickOn("#replyRecord");
    waitUntil(() -> matching(robot) == before - 1);
    assertThat(services.statsQuery().counts().needsReply())
        .isLessThan(services.statsQuery().counts().total());
    assertThat(services.triage().history(first.id())).isNotNull();
    Snapshots.write(scene.getRoot(), "console-triage");
  }

  @Test
  void aDroppedFileIsPreviewedThenImportedWithHonestCounts(FxRobot robot) throws Exception {
    Path csv = Path.of(getClass().getResource("/intake/alberta_floods_sample.csv").toURI());
    robot.interact(() -> console.importFile(csv));
    TableView<?> preview = robot.lookup("#importPreview").queryTableView();
    waitUntil(() -> preview.getItems().size() == 12);
    assertThat(services.statsQuery().counts().total()).as("nothing written before Import").isZero();
    Snapshots.write(preview.getScene().getRoot(), "import-preview");

    robot.clickOn("#importStart");
    waitUntil(() -> text(robot, "#importStatus").startsWith("Read "));
    long stored = services.statsQuery().counts().total();
    assertThat(stored).isPositive();
    assertThat(text(robot, "#importStatus")).contains("imported " + stored);

    robot.interact(() -> console.importFile(csv));
    waitUntil(
        () -> robot.lookup("#importStart").queryAll().stream().anyMatch(n -> !n.isDisabled()));
    robot.lookup("#importStart").queryAll().stream()
        .filter(n -> !n.isDisabled())
        .findFirst()
        .ifPresent(robot::clickOn);
    waitUntil(
        () ->
            robot.lookup("#importStatus").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("imported 0, duplicates " + stored)));
    assertThat(services.statsQuery().counts().total())
        .as("importing twice adds nothing")
        .isEqualTo(stored);
  }

  @Test
  void arrivalsWaitBehindAnIndicatorAndOlderPagesComeFromTheDatabase(FxRobot robot)
      throws Exception {
    TableView<?> queue = openDemoQueue(robot);
    clickFirstRow(robot);
    robot.type(javafx.scene.input.KeyCode.J, javafx.scene.input.KeyCode.J);
    Object selected = queue.getSelectionModel().getSelectedItem();

    Path file = Files.createTempFile(dir, "arrivals", ".ndjson");
    Files.writeString(
        file,
        "{\"id\":\"a1\",\"platform\":\"x\",\"author\":\"new1\",\"text\":\"Still no answer?\",\"created_at\":\"2026-11-24T08:00:00Z\"}\n"
            + "{\"id\":\"a2\",\"platform\":\"x\",\"author\":\"new2\",\"text\":\"Hello?\",\"created_at\":\"2026-11-24T08:00:01Z\"}\n");
    services
        .intake()
        .run(
            "arrivals.ndjson",
            new org.firebreak.intake.SourceOpener(org.firebreak.intake.ColumnMapping.generic())
                .open(file, org.firebreak.intake.SourceFormat.AUTO),
            org.firebreak.intake.ImportControl.silent());

    waitUntil(() -> robot.lookup("#queueNewArrivals").query().isVisible());
    assertThat(robot.lookup("#queueNewArrivals").queryButton().getText())
        .isEqualTo("2 new: show them");
    assertThat(queue.getSelectionModel().getSelectedItem())
        .as("the selection stays put")
        .isSameAs(selected);
    robot.clickOn("#queueNewArrivals");
    waitUntil(() -> text(robot, "#queueCount").equals("Showing 200 of 322 messages"));
    assertThat(robot.lookup("#queueNewArrivals").query().isVisible()).isFalse();

    robot.clickOn("#queueOlder");
    waitUntil(() -> queue.getItems().size() == 122);
    assertThat(robot.lookup("#queueOlder").query().isDisabled()).isTrue();
    robot.clickOn("#queueNewer");
    waitUntil(() -> queue.getItems().size() == 200);
  }

  @Test
  void aDarkHubIsPreparedFromThePlaybookAndSwitchedOn(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    waitUntil(() -> text(robot, "#incidentName").startsWith("Demo"));
    robot.clickOn("Plan");
    waitUntil(() -> text(robot, "#hubState").startsWith("Dark site"));
    robot.clickOn("#hubSeed");
    waitUntil(() -> robot.lookup(".text-input-dialog .text-field").tryQuery().isPresent());
    robot.clickOn(
        robot
            .lookup(".text-input-dialog .button")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("OK"))
            .<Node>query());
    waitUntil(() -> text(robot, "#hubResult").startsWith("Template added"));
    waitUntil(
        () ->
            text(robot, "#hubState")
                .matches(
                    "Dark site \\(not public yet\\): [1-9]\\d* FAQ, [1-9]\\d* steps?, [1-9]\\d* places? to get help.*"));
    robot.clickOn("#hubLive");
    waitUntil(() -> text(robot, "#hubState").startsWith("LIVE"));
    assertThat(services.hub().content().faq()).extracting(f -> f.language()).contains("en", "id");
    Snapshots.write(scene.getRoot(), "console-plan-hub");
  }

  @Test
  void aFreshIncidentGetsItsTeamFromThePlanTab(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDeclare");
    waitUntil(() -> robot.lookup("#declareName").tryQuery().isPresent());
    robot.clickOn("#declareName").write("Storm outage");
    robot.clickOn("#declareConfirm");
    waitUntil(() -> "Active".equals(text(robot, "#incidentState")));
    robot.clickOn("Plan");
    robot.clickOn("#teamAdd");
    waitUntil(() -> robot.lookup("#teamName").tryQuery().isPresent());
    robot.clickOn("#teamName").write("Ayu Lestari");
    robot.clickOn("#teamRole");
    chooseInList(robot, "Spokesperson");
    robot.clickOn("#teamContact").write("Head of Social");
    robot.clickOn("#teamAddConfirm");
    TableView<?> team = robot.lookup("#teamTable").queryTableView();
    waitUntil(() -> team.getItems().size() == 1);
    assertThat(services.team().all())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.name()).isEqualTo("Ayu Lestari");
              assertThat(m.role()).isEqualTo(org.firebreak.triage.TeamRole.SPOKESPERSON);
            });
  }

  @Test
  void aSpikeSeenBeforeDeclaringCanStartTheClock(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    StringBuilder burst = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      burst
          .append("{\"id\":\"s")
          .append(i)
          .append("\",\"platform\":\"x\",\"author\":\"a")
          .append(i)
          .append(
              "\",\"text\":\"Your post is offensive #boycott\",\"created_at\":\"2026-11-24T07:59:30Z\"}\n");
    }
    Path file = Files.createTempFile(dir, "burst", ".ndjson");
    Files.writeString(file, burst);
    services
        .intake()
        .run(
            "burst.ndjson",
            new org.firebreak.intake.SourceOpener(org.firebreak.intake.ColumnMapping.generic())
                .open(file, org.firebreak.intake.SourceFormat.AUTO),
            org.firebreak.intake.ImportControl.silent());
    clock.advance(java.time.Duration.ofMinutes(4));
    robot.interact(console::start);
    robot.clickOn("Monitor");
    waitUntil(() -> text(robot, "#spikeTerms").startsWith("Spike at"));

    robot.clickOn("#welcomeDeclare");
    waitUntil(() -> robot.lookup("#declareFromSpike").tryQuery().isPresent());
    robot.clickOn("#declareName").write("Offensive post");
    robot.clickOn("#declareFromSpike");
    robot.clickOn("#declareConfirm");
    waitUntil(() -> "Active".equals(text(robot, "#incidentState")));
    assertThat(text(robot, "#crisisClock"))
        .as("the window counts from the spike four minutes ago")
        .isEqualTo("11:00");
  }
}
