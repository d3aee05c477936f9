package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader announces: on every tab of the demo incident, each control a person can
 * reach with Tab has a name (its own text, an accessible text, a prompt, a tooltip, or a label
 * pointing at it), so no control is read out as just "button".
 */
class AccessibleNamesUiTest extends ConsoleFixture {

  @Start
  void start(Stage stage) throws Exception {
    open(stage);
  }

  @Test
  void everyReachableControlOnEveryTabHasAName(FxRobot robot) throws Exception {
    waitUntil(() -> robot.lookup("#welcome").query().isVisible());
    robot.clickOn("#welcomeDemo");
    TableView<?> queue = robot.lookup("#queueTable").queryTableView();
    waitUntil(() -> !queue.getItems().isEmpty());
    TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
    List<String> unnamed = new ArrayList<>();
    for (Tab tab : List.copyOf(tabs.getTabs())) {
      robot.interact(() -> tabs.getSelectionModel().select(tab));
      WaitForAsyncUtils.waitForFxEvents();
      unnamed.addAll(
          WaitForAsyncUtils.asyncFx(() -> unnamed(scene.getRoot(), tab.getText())).get());
    }
    assertThat(unnamed).as("controls a screen reader cannot name").isEmpty();
  }

  private static List<String> unnamed(Parent root, String tab) {
    List<Label> labels = new ArrayList<>();
    List<Control> controls = new ArrayList<>();
    collect(root, labels, controls);
    List<String> missing = new ArrayList<>();
    for (Control c : controls) {
      boolean labelled = labels.stream().anyMatch(l -> l.getLabelFor() == c);
      if (!labelled && !named(c)) {
        missing.add(tab + ": " + c.getClass().getSimpleName() + "#" + c.getId());
      }
    }
    return missing;
  }

  private static void collect(Node node, List<Label> labels, List<Control> controls) {
    if (!node.isVisible()) {
      return;
    }
    if (node instanceof Label l) {
      labels.add(l);
    }
    if (node instanceof Control c && c.isFocusTraversable() && !c.isDisabled()) {
      controls.add(c);
    }
    if (node instanceof Parent p) {
      for (Node child : p.getChildrenUnmodifiable()) {
        collect(child, labels, controls);
      }
    }
  }

  private static boolean named(Control c) {
    return present(c.getAccessibleText())
        || (c instanceof Labeled l && present(l.getText()))
        || (c instanceof TextInputControl t && present(t.getPromptText()))
        || (c instanceof ComboBoxBase<?> b && present(b.getPromptText()))
        || (c.getTooltip() != null && present(c.getTooltip().getText()));
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
