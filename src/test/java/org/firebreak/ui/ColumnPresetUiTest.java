package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.firebreak.queue.Message;
import org.firebreak.queue.QueueQuery;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** File › Import: a mapping fixed by hand, saved as a preset, picked again next time. */
class ColumnPresetUiTest extends ConsoleFixture {

  @Start
  void start(Stage s) throws Exception {
    open(s);
  }

  /** A monitoring tool whose column names no synonym knows. */
  private static Path acmeExport(String name, String... ids) throws Exception {
    StringBuilder csv = new StringBuilder("Kode;Isi pesan;Akun;Waktu kirim\n");
    for (String id : ids) {
      csv.append(id)
          .append(";Kettle ")
          .append(id)
          .append(" melted;warga")
          .append(id)
          .append(";2026-11-20T10:0")
          .append(id.length())
          .append(":00Z\n");
    }
    Path file = Files.createTempDirectory(dir, "acme").resolve(name);
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aMappingSavedAsAPresetIsPickedNextTimeAndTheImportUsesIt(FxRobot robot) throws Exception {
    Path first = acmeExport("acme-1.csv", "a1", "a2");
    robot.interact(() -> console.importFile(first));
    waitUntil(() -> text(robot, "#importProblem") != null);
    assertThat(text(robot, "#importProblem"))
        .as("the generic preset finds no text")
        .contains("text");
    assertThat(robot.lookup("#importStart").queryButton().isDisabled()).isTrue();

    pick(robot, "#importMap-text", "Isi pesan");
    pick(robot, "#importMap-id", "Kode");
    waitUntil(() -> previewRows(robot) == 2);
    pick(robot, "#importMap-author", "Akun");
    pick(robot, "#importMap-created_at", "Waktu kirim");
    waitUntil(() -> "wargaa1".equals(previewCell(robot, 1)));

    // a bad name first: refused, and said why
    savePreset(robot, "generic");
    waitUntil(() -> text(robot, "#importPresetProblem") != null);
    assertThat(text(robot, "#importPresetProblem")).contains("built-in preset");
    savePreset(robot, "Acme monitor");
    waitUntil(() -> "Acme monitor".equals(presetBox(robot).getValue()));
    assertThat(text(robot, "#importPresetProblem")).as("no problem once saved").isNullOrEmpty();
    assertThat(List.copyOf(presetBox(robot).getItems()).stream().map(Object::toString).toList())
        .containsExactly("generic", "brandwatch", "talkwalker", "Acme monitor");
    Snapshots.write(robot.lookup("#importPreview").query().getScene().getRoot(), "import-preset");
    closeImportDialog(robot);

    Path second = acmeExport("acme-2.csv", "b1", "b2", "b3");
    robot.interact(() -> console.importFile(second));
    waitUntil(() -> text(robot, "#importProblem") != null);
    robot.clickOn("#importPreset");
    ConsoleUiTest.chooseInList(robot, "Acme monitor");
    waitUntil(() -> previewRows(robot) == 3);
    robot.clickOn("#importStart");
    waitUntil(() -> text(robot, "#importStatus").startsWith("Read "));
    assertThat(text(robot, "#importStatus")).contains("imported 3");

    List<Message> stored = services.messages().page(QueueQuery.newestFirst());
    assertThat(stored).extracting(Message::externalId).containsExactlyInAnyOrder("b1", "b2", "b3");
    assertThat(stored)
        .extracting(Message::author)
        .containsExactlyInAnyOrder("wargab1", "wargab2", "wargab3");
    assertThat(stored).extracting(Message::text).contains("Kettle b2 melted");
    assertThat(stored)
        .extracting(m -> m.createdAt().toString())
        .containsOnly("2026-11-20T10:02:00Z");
  }

  private static ComboBox<?> presetBox(FxRobot robot) {
    return robot.lookup("#importPreset").queryAs(ComboBox.class);
  }

  private static int previewRows(FxRobot robot) {
    TableView<?> t = robot.lookup("#importPreview").queryTableView();
    return (int)
        t.getItems().stream()
            .filter(r -> ((org.firebreak.ui.intake.ImportViewModel.PreviewRow) r).problem() == null)
            .count();
  }

  private static String previewCell(FxRobot robot, int column) {
    TableView<?> t = robot.lookup("#importPreview").queryTableView();
    if (t.getItems().isEmpty()) {
      return "";
    }
    Object v = t.getColumns().get(column).getCellData(0);
    return v == null ? "" : v.toString();
  }

  private static void pick(FxRobot robot, String combo, String column) throws Exception {
    robot.clickOn(combo);
    waitUntil(() -> popupCell(robot, column) != null);
    robot.clickOn(popupCell(robot, column));
    waitUntil(() -> column.equals(robot.lookup(combo).queryAs(ComboBox.class).getValue()));
  }

  private static Node popupCell(FxRobot robot, String entry) {
    return robot
        .lookup(".list-cell")
        .match(org.testfx.matcher.control.LabeledMatchers.hasText(entry))
        .match(
            (Node n) ->
                n.getScene() != null
                    && n.getScene().getWindow() instanceof javafx.stage.PopupWindow
                    && n.getScene().getWindow().isShowing())
        .tryQuery()
        .orElse(null);
  }

  private static void savePreset(FxRobot robot, String name) throws Exception {
    robot.clickOn("#importSavePreset");
    waitUntil(() -> robot.lookup("#importPresetName").tryQuery().isPresent());
    robot.clickOn("#importPresetName").write(name);
    Node ok =
        robot
            .lookup(".button")
            .match(org.testfx.matcher.control.LabeledMatchers.hasText("OK"))
            .match((Node n) -> n.getScene() == robot.lookup("#importPresetName").query().getScene())
            .query();
    robot.clickOn(ok);
    waitUntil(() -> robot.lookup("#importPresetName").tryQuery().isEmpty());
  }

  private static void closeImportDialog(FxRobot robot) throws Exception {
    Node close =
        robot
            .lookup(".button")
            .match((Node n) -> n instanceof Button b && "Close".equals(b.getText()))
            .query();
    robot.clickOn(close);
    waitUntil(() -> robot.lookup("#importPreview").tryQuery().isEmpty());
  }
}
