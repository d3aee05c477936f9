package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * Issue 8's plan binder as a new user would try it: declare from a playbook, work the checklist.
 */
class PlanUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  /** Clicks the entry of the open drop-down list (not a list elsewhere with the same text). */
  private static void chooseInList(FxRobot robot, String entry) throws Exception {
    waitUntil(() -> popupCell(robot, entry).isPresent());
    robot.clickOn(popupCell(robot, entry).orElseThrow());
  }

  private static java.util.Optional<Node> popupCell(FxRobot robot, String entry) {
    return robot
        .lookup(".list-cell")
        .match(LabeledMatchers.hasText(entry))
        .match(
            (Node n) ->
                n.getScene() != null
                    && n.getScene().getWindow() instanceof javafx.stage.PopupWindow
                    && n.getScene().getWindow().isShowing())
        .tryQuery();
  }

  @Test
  void declaringFromAPlaybookLoadsItsChecklistLabelsAndHoldingStatement(FxRobot robot)
      throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDeclare");
    waitUntil(() -> robot.lookup("#declarePlaybook").tryQuery().isPresent());
    robot.clickOn("#declareName").write("Login leak");
    robot.clickOn("#declarePlaybook");
    chooseInList(robot, "Data breach (EN)");
    waitUntil(() -> !robot.lookup("#declareSeverity").query().isDisabled());
    robot.clickOn("#declareSeverity");
    chooseInList(robot, "Critical: first response in 10 min");
    assertThat(text(robot, "#declarePlaybookNote")).startsWith("Loads 6 first steps");
    robot.clickOn("#declareConfirm");

    waitUntil(() -> "Active".equals(text(robot, "#incidentState")));
    waitUntil(() -> "10:00".equals(text(robot, "#crisisClock")));
    // 6 first steps, 3 publishing tools to pause, 4 people to tell
    waitUntil(
        () ->
            "Checklist: 13 open".equals(robot.lookup("#checklistButton").queryButton().getText()));

    robot.clickOn("#checklistButton");
    waitUntil(() -> robot.lookup("#checklistItem1").tryQuery().isPresent());
    assertThat(robot.lookup("#checklistItem7").queryAs(Labeled.class).getText())
        .isEqualTo("Pause scheduled posts in Hootsuite");
    robot.clickOn("#checklistItem7");
    waitUntil(() -> robot.lookup("#checklistDone7").tryQuery().isPresent());
    assertThat(text(robot, "#checklistDone7")).startsWith("Done by ");
    assertThat(robot.lookup("#checklistButton").queryButton().getText())
        .isEqualTo("Checklist: 12 open");
    Snapshots.write(robot.lookup("#checklistItems").query().getScene().getRoot(), "plan-checklist");
    robot.clickOn("#checklistClose");

    robot.clickOn("Statements");
    ListView<?> statements = robot.lookup("#statementsList").queryListView();
    waitUntil(() -> statements.getItems().size() == 1);
    assertThat(statements.getItems().get(0).toString()).contains("Holding statement: Login leak");
    assertThat(robot.lookup(LabeledMatchers.hasText("Holding statement: Login leak")).tryQuery())
        .isPresent();

    robot.clickOn("Replies");
    robot.clickOn("#manageLabels");
    waitUntil(() -> robot.lookup("#labelsList").tryQuery().isPresent());
    ListView<?> labels = robot.lookup("#labelsList").queryListView();
    waitUntil(() -> labels.getItems().stream().anyMatch(l -> l.toString().contains("breach")));
    robot.interact(() -> labels.getScene().getWindow().hide());
  }

  @Test
  void theCommitteeIsRemindedWhenItsMeetingIsOverdue(FxRobot robot) throws Exception {
    robot.clickOn("#welcomeDemo");
    waitUntil(() -> "Active".equals(text(robot, "#incidentState")));
    robot.clickOn("Plan");
    ListView<?> playbooks = robot.lookup("#playbookList").queryListView();
    waitUntil(() -> playbooks.getItems().size() == 12);
    waitUntil(() -> robot.lookup("#playbookTitle").tryQuery().isPresent());
    assertThat(robot.lookup("#committeeReminder").query().isVisible()).isFalse();
    Snapshots.write(scene.getRoot(), "plan-playbooks");

    robot.clickOn("Committee");
    robot.clickOn("#committeeAdd");
    waitUntil(() -> robot.lookup("#committeeName").tryQuery().isPresent());
    robot.clickOn("#committeeName").write("Dewi Kartika");
    robot.clickOn("#committeeRole").write("Legal counsel");
    robot.clickOn("#committeeDeputy").write("Rudi Hartono");
    robot.clickOn("#committeeSave");
    waitUntil(() -> robot.lookup("#committeeTable").queryTableView().getItems().size() == 1);
    // a committee that has never met is reminded at once
    waitUntil(() -> robot.lookup("#committeeReminder").query().isVisible());
    assertThat(text(robot, "#committeeReminder")).contains("has not met yet");

    robot.clickOn("#committeeMarkMet");
    waitUntil(() -> !robot.lookup("#committeeReminder").query().isVisible());
    assertThat(text(robot, "#committeeLastMet")).startsWith("Last met");
    Snapshots.write(scene.getRoot(), "plan-committee");

    // a monthly meeting is overdue five weeks later, by the injected clock
    clock.advance(java.time.Duration.ofDays(35));
    robot.interact(() -> console.start());
    waitUntil(() -> robot.lookup("#committeeReminder").query().isVisible());
    assertThat(text(robot, "#committeeReminder")).contains("overdue by 5 days (due Dec 24, 2026)");
  }

  @Test
  void theMuteSwitchAndUpdateCadenceAreKeptWithTheIncident(FxRobot robot) throws Exception {
    robot.clickOn("#welcomeDemo");
    waitUntil(() -> "Active".equals(text(robot, "#incidentState")));
    long id = services.incidents().current().orElseThrow().id();
    var store = new org.firebreak.store.AlertSettingsStore(services.database());
    robot.clickOn("#clockAlertSettings");
    robot.clickOn("#clockMute");
    waitUntil(() -> store.load(id).muted());
    robot.clickOn("#clockAlertSettings");
    robot.clickOn("Update reminder every");
    robot.clickOn("60 minutes");
    waitUntil(() -> store.load(id).cadenceMinutes() == 60);
    assertThat(services.audit().history("incident", id))
        .anySatisfy(a -> assertThat(a.after()).isEqualTo("muted | update every 60"));
  }
}
