package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A triage key changes the selected message where it stands: its row and the detail pane show the
 * new state, the selection stays, and the pane never goes blank in between.
 */
class TriageDetailUiTest extends ConsoleFixture {

  private static final String NONE = "Select a message to see it whole.";

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void aTriageKeyUpdatesTheRowAndTheDetailPaneWithoutEmptyingIt(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    TableView<?> queue = robot.lookup("#queueTable").queryTableView();
    waitUntil(() -> queue.getItems().size() == 200);
    // the history is read where a person reads it: on its tab (the pane takes clicks once a
    // message is selected), then back to the table for the keys
    clickFirstRow(robot, queue);
    waitUntil(() -> !robot.lookup("#messageDetail").query().isDisabled());
    javafx.scene.control.TabPane tabs =
        robot.lookup("#detailTabs").queryAs(javafx.scene.control.TabPane.class);
    robot.clickOn(
        robot
            .lookup("#detailTabs .tab-label")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("History"))
            .<javafx.scene.Node>query());
    waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 2);
    clickFirstRow(robot, queue);
    waitUntil(queue::isFocused);
    int at = 0;
    while (((Message) queue.getItems().get(at)).status() == MessageStatus.ESCALATED) {
      at++;
    }
    for (int i = 0; i < at; i++) {
      robot.type(KeyCode.J);
    }
    int row = at;
    waitUntil(() -> queue.getSelectionModel().getSelectedIndex() == row);
    Message first = (Message) queue.getItems().get(row);
    ListView<?> history = robot.lookup("#detailHistory").queryListView();
    String before = new I18n(Locale.ENGLISH).of("status", first.status());
    waitUntil(
        () -> meta(robot).contains(" \u00b7 " + before + " \u00b7 ") && heading(robot, first));
    int entries = history.getItems().size();
    waitUntil(() -> !((ListView<?>) robot.lookup("#detailThread").query()).getItems().isEmpty());
    assertThat(
            robot
                .from(robot.lookup("#detailThread").<javafx.scene.Node>query())
                .lookup(".scroll-bar")
                .queryAllAs(javafx.scene.control.ScrollBar.class)
                .stream()
                .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .filter(javafx.scene.Node::isVisible))
        .as("the conversation's lines wrap: no side scroll to read a message")
        .isEmpty();
    List<String> headings = new CopyOnWriteArrayList<>();
    WaitForAsyncUtils.asyncFx(
            () ->
                headingLabel(robot).textProperty().addListener((o, was, now) -> headings.add(now)))
        .get();

    robot.type(KeyCode.E);

    waitUntil(() -> statusCell(robot, queue, row).equals("Escalated"));
    waitUntil(() -> meta(robot).contains(" \u00b7 Escalated \u00b7 "));
    waitUntil(() -> history.getItems().size() == entries + 1);
    assertThat(history.getItems().get(entries).toString())
        .as("the history in words, not audit codes")
        .endsWith("  Status: " + before + " \u2192 Escalated");
    assertThat(queue.getSelectionModel().getSelectedIndices()).containsExactly(row);
    assertThat(((Message) queue.getItems().get(row)).id()).isEqualTo(first.id());
    assertThat(heading(robot, first)).isTrue();
    assertThat(headings).doesNotContain(NONE);
    assertThat(robot.lookup("#messageDetail").query().isDisabled()).isFalse();

    // the next row, and the same key: the pane follows the selection
    robot.type(KeyCode.J);
    waitUntil(() -> queue.getSelectionModel().getSelectedIndex() == row + 1);
    Message second = (Message) queue.getItems().get(row + 1);
    waitUntil(() -> heading(robot, second));
    robot.type(KeyCode.E);
    waitUntil(() -> meta(robot).contains(" \u00b7 Escalated \u00b7 "));
    assertThat(heading(robot, second)).isTrue();
    assertThat(headings).doesNotContain(NONE);
    Snapshots.write(scene.getRoot(), "queue-triage-detail");
  }

  private static Label headingLabel(FxRobot robot) {
    return robot.lookup("#detailHeading").queryAs(Label.class);
  }

  private static boolean heading(FxRobot robot, Message m) {
    return headingLabel(robot).getText().startsWith(m.author() + " \u00b7 ");
  }

  private static String meta(FxRobot robot) {
    return text(robot, "#detailMeta");
  }

  /** The Status cell of the table's row {@code index}, as drawn. */
  private static String statusCell(FxRobot robot, TableView<?> table, int index) {
    return robot
        .from(table)
        .lookup(".table-row-cell")
        .match((TableRow<?> r) -> r.getIndex() == index && r.getItem() != null)
        .tryQuery()
        .map(
            row ->
                robot
                    .from(row)
                    .lookup(".table-cell")
                    .match(
                        (TableCell<?, ?> c) ->
                            c.getTableColumn() != null
                                && "Status".equals(c.getTableColumn().getText()))
                    .tryQuery()
                    .map(c -> ((TableCell<?, ?>) c).getText())
                    .orElse(""))
        .orElse("");
  }
}
