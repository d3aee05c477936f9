package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.statements.Statement;
import org.firebreak.store.MergeConflict;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 6 as a new user tries it: a colleague works on a copy of the demo incident, the console
 * merges the file, and the merge report shows their work and the conflicts with both sides.
 */
class SessionUiTest extends ConsoleFixture {

  @Start
  void start(Stage s) throws Exception {
    open(s);
  }

  private static List<Message> waiting(Services s, int n) {
    return s.messages()
        .page(QueueQuery.newestFirst().withStatus(MessageStatus.NEEDS_REPLY).withWindow(0, n));
  }

  private static void editStatement(Services s, String text, String who) {
    Statement st = s.statementService().get(s.statementService().list().get(0).id());
    s.statementService().saveDraft(st.id(), st.version(), text, who);
  }

  @Test
  void mergingAColleaguesCopyShowsTheirWorkAndEveryConflict(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    waitUntil(() -> robot.lookup("#queueTable").queryTableView().getItems().size() == 200);

    MutableClock theirClock = new MutableClock(TempDatabase.T0);
    Path file = Files.createTempDirectory(dir, "ben").resolve("ben.firebreak");
    Message contested;
    Message repliedByBen;
    try (Services ben = Services.open(file.resolveSibling("ben"), theirClock)) {
      ben.writeDemo();
      List<Message> queue = waiting(ben, 3);
      contested = queue.get(0);
      repliedByBen = queue.get(1);
      clock.advance(Duration.ofMinutes(1));
      services.triage().setStatus(List.of(contested.id()), MessageStatus.ESCALATED, "ana");
      editStatement(services, "Stop using the kettle; we will replace it.", "ana");
      theirClock.advance(Duration.ofMinutes(3));
      ben.triage().setStatus(List.of(contested.id()), MessageStatus.NO_REPLY_NEEDED, "ben");
      ben.triage()
          .recordReply(List.of(repliedByBen.id()), "Please DM us.", Optional.empty(), "ben");
      editStatement(ben, "We are recalling every kettle sold since May.", "ben");
      new SessionExporter(ben.database(), theirClock)
          .export(file, "ben", SessionExporter.Progress.NONE);
    }

    WaitForAsyncUtils.asyncFx(() -> console.files().mergeSessionFrom(file)).get();
    waitUntil(() -> robot.lookup("#mergeConflicts").tryQuery().isPresent());
    TableView<MergeConflict> conflicts = robot.lookup("#mergeConflicts").queryTableView();
    assertThat(conflicts.getItems())
        .extracting(MergeConflict::field, MergeConflict::kept, MergeConflict::other)
        .contains(
            org.assertj.core.groups.Tuple.tuple("status", "NO_REPLY_NEEDED", "ESCALATED"),
            org.assertj.core.groups.Tuple.tuple(
                "text of version 2",
                "We are recalling every kettle sold since May. (ben)",
                "Stop using the kettle; we will replace it. (ana)"));
    assertThat(text(robot, "#mergeAdded"))
        .contains("1 reply,", "1 statement version")
        .doesNotContain("1 replies");
    Snapshots.write(conflicts.getScene().getRoot(), "merge-report");
    robot.clickOn(
        robot
            .lookup(".dialog-pane .button")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("Close"))
            .<javafx.scene.Node>query());
    waitUntil(() -> robot.lookup("#mergeConflicts").tryQuery().isEmpty());

    // the merged incident holds Ben's reply, both statement versions and the later status
    assertThat(services.messages().full(repliedByBen.id()).orElseThrow().status())
        .isEqualTo(MessageStatus.REPLIED);
    assertThat(services.messages().full(contested.id()).orElseThrow().status())
        .isEqualTo(MessageStatus.NO_REPLY_NEEDED);
    long statement = services.statementService().list().get(0).id();
    assertThat(services.statementService().versions(statement))
        .extracting(v -> v.text())
        .contains(
            "Stop using the kettle; we will replace it.",
            "We are recalling every kettle sold since May.");
  }
}
