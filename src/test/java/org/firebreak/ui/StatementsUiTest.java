package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Issue 5's "done when", as a new user would try it, on the demo incident. */
class StatementsUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  static final String DEFENSIVE = "We did nothing wrong. Sorry if anyone was offended.";
  static final String GOOD =
      "We are sorry. We made a mistake and we take full responsibility. We understand how"
          + " upsetting this is. Next update by 10:00. Help: https://aromabrew.example/recall";

  /** Scrolls the enclosing pane up to the node, as a person would before clicking it. */
  private static void scrollIntoView(FxRobot robot, String id) {
    javafx.scene.Node node = robot.lookup(id).query();
    robot.interact(
        () -> {
          javafx.scene.Node p = node.getParent();
          while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
          }
          if (p instanceof javafx.scene.control.ScrollPane pane) {
            javafx.geometry.Bounds content = pane.getContent().getLayoutBounds();
            double y =
                pane.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds())).getMinY();
            double room = content.getHeight() - pane.getViewportBounds().getHeight();
            pane.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, (y - 20) / room)));
          }
        });
  }

  private static void replaceText(FxRobot robot, String id, String text) {
    robot.clickOn(id);
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.type(KeyCode.BACK_SPACE);
    robot.write(text);
  }

  private static boolean findingShown(FxRobot robot, String category) {
    VBox findings = robot.lookup("#toneFindings").queryAs(VBox.class);
    return !robot.from(findings).lookup(LabeledMatchers.hasText(category)).queryAll().isEmpty();
  }

  @Test
  void aStatementGoesFromTemplateToApprovalToTheOriginPlatformAndStopsTheClock(FxRobot robot)
      throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    waitUntil(() -> "09:00".equals(text(robot, "#crisisClock")));
    waitUntil(() -> robot.lookup("#clockMark5").tryQuery().isPresent());
    assertThat(text(robot, "#clockMark5")).isEqualTo("T+5 \u2713");
    assertThat(text(robot, "#clockMark15")).isEqualTo("T+15");

    robot.clickOn("Statements");
    ListView<?> list = robot.lookup("#statementsList").queryListView();
    waitUntil(() -> list.getItems().size() == 1);

    // a new apology from the English template, signed by the spokesperson
    robot.clickOn("#newStatement");
    waitUntil(() -> robot.lookup("#newKind").tryQuery().isPresent());
    robot.clickOn("#newKind");
    robot.clickOn(
        robot.lookup(".list-cell").match(LabeledMatchers.hasText("Apology")).<Node>query());
    robot.clickOn("#newHubUrl").write("https://aromabrew.example/recall");
    robot.clickOn("#newBrand").write("AromaBrew");
    robot.clickOn("#newCreate");
    waitUntil(() -> list.getItems().size() == 2);
    TextArea editor = robot.lookup("#statementEditor").queryAs(TextArea.class);
    waitUntil(() -> editor.getText().contains("https://aromabrew.example/recall"));
    assertThat(editor.getText()).contains("Ayu Lestari").contains("AromaBrew kettle recall");
    waitUntil(
        () -> findingShown(robot, "Defensive") || text(robot, "#toneScore").startsWith("Score"));
    Snapshots.write(scene.getRoot(), "statements-template");

    // the tone check flags a defensive draft...
    replaceText(robot, "#statementEditor", DEFENSIVE);
    waitUntil(() -> findingShown(robot, "Defensive") && findingShown(robot, "Non-apology"));
    Snapshots.write(scene.getRoot(), "statements-tone-defensive");
    // ...and passes a good apology
    replaceText(robot, "#statementEditor", GOOD);
    // the check runs on the whole typed text: wait for its result, not one for a part of it
    waitUntil(
        () ->
            !findingShown(robot, "Defensive")
                && !findingShown(robot, "Non-apology")
                && Integer.parseInt(text(robot, "#toneScore").replaceAll("\\D+(\\d+) / 100", "$1"))
                    >= 80);
    robot.clickOn("#saveDraft");
    waitUntil(() -> text(robot, "#statementMessage").equals("Saved as version 2."));
    Snapshots.write(scene.getRoot(), "statements-tone-good");

    robot.clickOn("#submitReview");
    waitUntil(() -> text(robot, "#statementState").equals("In review"));

    // approval by someone without the role is refused, with the reason
    robot.clickOn("#approve");
    waitUntil(() -> robot.lookup("#approverChoice").tryQuery().isPresent());
    replaceText(robot, "#approverChoice", "Ayu Lestari");
    robot.clickOn("#reviewConfirm");
    waitUntil(
        () ->
            text(robot, "#statementMessage")
                .startsWith("Only a team member with the approver role"));
    robot.clickOn("#approve");
    waitUntil(() -> robot.lookup("#approverChoice").tryQuery().isPresent());
    robot.clickOn("#reviewConfirm"); // Tom Becker, the approver, is offered first
    waitUntil(() -> text(robot, "#statementState").equals("Approved"));
    assertThat(text(robot, "#statementMessage")).isEqualTo("Approved by Tom Becker.");

    // publishing on Facebook first meets the origin-first rule
    robot.clickOn("Platforms");
    waitUntil(() -> !robot.lookup("#variantPublish-FACEBOOK").query().isDisabled());
    assertThat(text(robot, "#variantCount-X")).matches("\\d+ / 280");
    scrollIntoView(robot, "#variantPublish-FACEBOOK");
    robot.clickOn("#variantPublish-FACEBOOK");
    waitUntil(() -> robot.lookup("#publishOriginWarning").tryQuery().isPresent());
    assertThat(text(robot, "#publishOriginWarning")).startsWith("The crisis began on X");
    Snapshots.write(
        robot.lookup("#publishOriginWarning").query().getScene().getRoot(),
        "statements-origin-dialog");
    robot.clickOn("#publishConfirm");
    waitUntil(() -> text(robot, "#statementMessage").startsWith("Origin first"));
    Snapshots.write(scene.getRoot(), "statements-origin-first");

    // on X, the origin: the clock stops and shows the time to first response
    scrollIntoView(robot, "#variantPublish-X");
    robot.clickOn("#variantPublish-X");
    waitUntil(() -> robot.lookup("#publishUrl").tryQuery().isPresent());
    robot.clickOn("#publishUrl").write("https://x.com/aromabrew/status/1");
    robot.clickOn("#publishConfirm");
    waitUntil(
        () ->
            robot
                .lookup("#crisisClockBox")
                .query()
                .getPseudoClassStates()
                .toString()
                .contains("phase-met"));
    assertThat(text(robot, "#crisisClock")).isEqualTo("06:00");
    assertThat(services.incidents().current().orElseThrow().firstResponseAt()).isNotNull();
    waitUntil(() -> text(robot, "#updateReminder").equals("Next update due in 30:00"));
    waitUntil(() -> text(robot, "#variantStatus-X").contains("https://x.com/aromabrew/status/1"));
    Snapshots.write(scene.getRoot(), "statements-published");

    robot.clickOn("History");
    ListView<?> versions = robot.lookup("#versionsList").queryListView();
    waitUntil(() -> versions.getItems().size() == 2);
    Snapshots.write(scene.getRoot(), "statements-history");
  }
}
