package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.firebreak.ui.ConsoleUiTest.chooseInList;
import static org.firebreak.ui.ConsoleUiTest.matching;
import static org.firebreak.ui.ConsoleUiTest.openDemoQueue;

import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Views, header sorting, "waiting on us", overdue flags, bulk over all matching, notes. */
class ReplyWorkUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @SuppressWarnings("unchecked")
  private static List<Message> rows(TableView<?> queue) {
    return (List<Message>) queue.getItems();
  }

  @Test
  void savedViewsFiltersAndHeaderSortingComeFromTheDatabase(FxRobot robot) throws Exception {
    TableView<?> queue = openDemoQueue(robot);

    robot.clickOn("#queueViews");
    chooseInList(robot, "Press");
    waitUntil(
        () ->
            !queue.getItems().isEmpty()
                && rows(queue).stream().allMatch(m -> m.labels().contains("press")));

    robot.clickOn("#queueViews");
    chooseInList(robot, "Needs reply");
    waitUntil(
        () ->
            !queue.getItems().isEmpty()
                && rows(queue).stream().allMatch(m -> m.status() == MessageStatus.NEEDS_REPLY));

    // two clicks on the Priority header (ascending, then descending): highest first, as the
    // database sorted it
    javafx.scene.Node priority =
        robot.lookup(".column-header").lookup("Priority").<javafx.scene.Node>query();
    robot.clickOn(priority);
    waitUntil(
        () -> rows(queue).get(0).priority() <= rows(queue).get(rows(queue).size() - 1).priority());
    robot.clickOn(priority);
    int highest =
        services
            .messages()
            .page(
                QueueQuery.newestFirst()
                    .withStatus(MessageStatus.NEEDS_REPLY)
                    .withSort(org.firebreak.queue.QueueSort.PRIORITY, true)
                    .withWindow(0, 1))
            .get(0)
            .priority();
    waitUntil(() -> rows(queue).get(0).priority() == highest);
    List<Message> sorted = rows(queue);
    for (int i = 1; i < sorted.size(); i++) {
      assertThat(sorted.get(i).priority()).isLessThanOrEqualTo(sorted.get(i - 1).priority());
    }

    robot.clickOn("#queueWaitingOnUs");
    waitUntil(() -> rows(queue).stream().allMatch(m -> m.status().awaitsReply()));

    robot.clickOn("#queueSaveView");
    waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
    robot.clickOn(".dialog-pane .text-field").write("My urgent ones").type(KeyCode.ENTER);
    waitUntil(
        () ->
            services.savedViews().all().stream().anyMatch(v -> "My urgent ones".equals(v.name())));
    Snapshots.write(scene.getRoot(), "queue-views");
  }

  @Test
  void everyMessageMatchingTheFilterIsChangedAfterAConfirmationNamingHowManyAndUndoneWhole(
      FxRobot robot) throws Exception {
    TableView<?> queue = openDemoQueue(robot);
    robot.clickOn("#queueStatusFilter");
    chooseInList(robot, "Needs reply");
    waitUntil(
        () ->
            rows(queue).stream().allMatch(m -> m.status() == MessageStatus.NEEDS_REPLY)
                && text(robot, "#queueCount").matches("Showing (\\d+) of \\1 messages?"));
    long waiting = matching(robot);
    assertThat(waiting).isGreaterThan(0);

    ConsoleUiTest.clickFirstRow(robot);
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.A)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    waitUntil(() -> text(robot, "#queueCount").startsWith("All " + waiting + " matching"));
    robot.type(KeyCode.E);
    waitUntil(() -> robot.lookup("#bulkConfirm").tryQuery().isPresent());
    assertThat(
            robot
                .lookup("#bulkConfirm")
                .queryAs(javafx.scene.control.DialogPane.class)
                .getHeaderText())
        .isEqualTo("Change " + waiting + " messages?");
    Snapshots.write(robot.lookup("#bulkConfirm").query().getScene().getRoot(), "bulk-confirm");
    robot.clickOn("OK");
    waitUntil(() -> text(robot, "#triageResult").equals(waiting + " messages updated."));
    assertThat(
            services
                .messages()
                .count(QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY)))
        .isZero();

    robot.clickOn("#queueTable");
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    waitUntil(
        () ->
            services
                    .messages()
                    .count(QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY))
                == waiting);
  }

  @Test
  void overdueMessagesAreFlaggedAndANoteIsKeptInTheDetailPane(FxRobot robot) throws Exception {
    TableView<?> queue = openDemoQueue(robot);
    long overdue =
        services
            .messages()
            .count(
                QueueQuery.newestFirst()
                    .withFilter(
                        org.firebreak.queue.QueueFilter.NONE.withOverdueAsOf(clock.instant())));
    assertThat(overdue).isGreaterThan(0);
    waitUntil(
        () ->
            robot
                .lookup("#queueOverdue")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .getText()
                .equals("Overdue (" + overdue + ")"));
    robot.clickOn("#queueOverdue");
    waitUntil(() -> matching(robot) == overdue);
    waitUntil(() -> !robot.lookup(".fb-overdue").queryAll().isEmpty());
    assertThat(robot.lookup("#overdueEscalate").queryButton().isVisible()).isTrue();

    ConsoleUiTest.clickFirstRow(robot);
    Message m = (Message) queue.getSelectionModel().getSelectedItem();
    robot.type(KeyCode.N);
    robot.write("Called back; wants a refund").type(KeyCode.ENTER);
    ListView<?> notes = robot.lookup("#detailNotes").queryAs(ListView.class);
    waitUntil(
        () ->
            notes.getItems().stream()
                .anyMatch(n -> n.toString().endsWith("Called back; wants a refund")));
    assertThat(services.triage().history(m.id())).anyMatch(h -> h.action().equals("note.add"));

    // a long note wraps inside the pane: read whole, nothing cut off or past the right edge
    String longNote =
        "Called back at home; the kettle tripped the fuse twice this week and the base is"
            + " scorched, she wants a courier to collect it and a refund to the original card,"
            + " not store credit";
    robot.clickOn("#detailNote");
    robot.interact(
        () ->
            robot
                .lookup("#detailNote")
                .queryAs(javafx.scene.control.TextField.class)
                .setText(longNote));
    robot.type(KeyCode.ENTER);
    waitUntil(() -> notes.getItems().stream().anyMatch(n -> n.toString().endsWith(longNote)));
    waitUntil(() -> noteCell(robot, longNote).isPresent());
    javafx.scene.control.ListCell<?> cell = noteCell(robot, longNote).orElseThrow();
    javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".fb-wrapped-line");
    assertThat(shown.getText()).endsWith(longNote);
    // on several lines, every one of them inside the pane
    waitUntil(() -> shown.getLayoutBounds().getHeight() > 2.5 * shown.getFont().getSize());
    assertThat(shown.localToScene(shown.getLayoutBounds()).getMaxX())
        .isLessThanOrEqualTo(notes.localToScene(notes.getLayoutBounds()).getMaxX());
    // the cell grows to its wrapped text on the next layout pass
    waitUntil(() -> cell.getHeight() >= shown.getLayoutBounds().getHeight());
    Snapshots.write(scene.getRoot(), "queue-overdue-notes");

    ConsoleUiTest.clickFirstRow(robot);
    robot.type(KeyCode.A);
    waitUntil(() -> robot.lookup("#assignDialog").tryQuery().isPresent());
    assertThat(
            robot.lookup("#assignDialog .combo-box").queryComboBox().getItems().get(0).toString())
        .matches(".+ \\(\\d+ open\\)");
    robot.type(KeyCode.ESCAPE);
  }

  private static java.util.Optional<javafx.scene.control.ListCell<?>> noteCell(
      FxRobot robot, String text) {
    return robot.lookup("#detailNotes .list-cell").queryAll().stream()
        .<javafx.scene.control.ListCell<?>>map(n -> (javafx.scene.control.ListCell<?>) n)
        .filter(c -> c.getItem() != null && c.getItem().toString().endsWith(text))
        .findFirst();
  }

  @Test
  void aTeamSnippetAndALabelsLinkedAnswerAreOfferedWhenReplying(FxRobot robot) throws Exception {
    TableView<?> queue = openDemoQueue(robot);
    services.hub().addFaq("en", "Which kettles are recalled?", "Model AB-200 made in 2025.");

    robot.clickOn("Replies");
    robot.clickOn("#manageSnippets");
    waitUntil(() -> robot.lookup("#snippetTitle").tryQuery().isPresent());
    robot.clickOn("#snippetTitle").write("Batch check");
    robot.clickOn("#snippetText").write("Hi {author}, please send the batch number.");
    robot.clickOn("#snippetAdd");
    ListView<?> snippets = robot.lookup("#snippetsList").queryListView();
    waitUntil(() -> snippets.getItems().size() == 1);
    Snapshots.write(robot.lookup("#snippetsDialog").query().getScene().getRoot(), "snippets");
    robot.clickOn("Close");

    robot.clickOn("#manageLabels");
    ListView<?> labels = robot.lookup("#labelsList").queryListView();
    waitUntil(() -> !labels.getItems().isEmpty());
    robot.clickOn(
        robot
            .lookup("#labelsList .list-cell")
            .match(
                (javafx.scene.control.ListCell<?> c) ->
                    c.getText() != null && c.getText().endsWith("question"))
            .<javafx.scene.Node>query());
    robot.clickOn("#labelAnswerOpen");
    waitUntil(() -> robot.lookup("#labelAnswer").tryQuery().isPresent());
    robot.clickOn("#labelAnswer");
    chooseInList(robot, "FAQ: Which kettles are recalled? (en)");
    robot.clickOn("#labelTarget").write("15");
    Snapshots.write(
        robot.lookup("#labelAnswerDialog").query().getScene().getRoot(), "label-answer");
    robot.clickOn("#labelAnswerSave");
    waitUntil(
        () ->
            services.labelAnswers().links().values().stream()
                .anyMatch(l -> l.hasAnswer() && Integer.valueOf(15).equals(l.targetMinutes())));
    robot.clickOn("Close");

    robot.clickOn("Queue");
    robot.clickOn("#queueLabelFilter");
    chooseInList(robot, "question");
    waitUntil(
        () ->
            !queue.getItems().isEmpty()
                && rows(queue).stream().allMatch(m -> m.labels().contains("question")));
    ConsoleUiTest.clickFirstRow(robot);
    robot.type(KeyCode.R);
    waitUntil(() -> robot.lookup("#replyFromAnswer").tryQuery().isPresent());
    robot.clickOn("#replyFromAnswer");
    javafx.scene.control.TextArea reply =
        robot.lookup("#replyText").queryAs(javafx.scene.control.TextArea.class);
    waitUntil(() -> reply.getText().equals("Model AB-200 made in 2025."));
    assertThat(robot.lookup("#replySnippets").queryComboBox().getItems().get(0).toString())
        .contains("Batch check");
    Snapshots.write(robot.lookup("#replyText").query().getScene().getRoot(), "reply-from-answer");
    robot.clickOn("Cancel");
  }
}
