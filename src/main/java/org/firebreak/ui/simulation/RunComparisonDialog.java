package org.firebreak.ui.simulation;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.share.Words;
import org.firebreak.simulation.RunComparison;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.I18n;

/** Runs of the same scenario side by side: a row per score part, a column per run. */
final class RunComparisonDialog {

  private RunComparisonDialog() {}

  static Alert show(
      RunComparison c, List<String> skipped, I18n i18n, Window owner, Runnable saveReport) {
    Words words = new Words(DrillWindow.language(i18n));
    GridPane grid = new GridPane();
    grid.setId("drillComparison");
    grid.setHgap(18);
    grid.setVgap(4);
    grid.add(bold(i18n.get("drill.compare.part")), 0, 0);
    for (int col = 0; col < c.runs().size(); col++) {
      RunComparison.Run r = c.runs().get(col);
      String who = r.team() == null || r.team().isBlank() ? r.label() : r.team();
      grid.add(
          bold(i18n.get("drill.compare.run", who, DrillWindow.shown(r.startedAt()))), col + 1, 0);
    }
    java.text.NumberFormat points = java.text.NumberFormat.getNumberInstance(i18n.locale());
    points.setMaximumFractionDigits(1);
    int row = 1;
    for (Map.Entry<String, Integer> part : c.weights().entrySet()) {
      grid.add(
          label(words.get("debrief.part." + part.getKey()) + " (" + part.getValue() + ")"), 0, row);
      for (int col = 0; col < c.runs().size(); col++) {
        Double p = c.runs().get(col).points().get(part.getKey());
        grid.add(
            label(
                p == null
                    ? i18n.get("drill.compare.notScored")
                    : points.format(p)), // "25", "7.5": no ".0" on whole points
            col + 1,
            row);
      }
      row++;
    }
    grid.add(bold(i18n.get("drill.compare.total")), 0, row);
    for (int col = 0; col < c.runs().size(); col++) {
      Integer total = c.runs().get(col).total();
      Label cell = bold(total == null ? i18n.get("drill.compare.notScored") : total + " / 100");
      cell.setId("drillCompareTotal" + col);
      grid.add(cell, col + 1, row);
    }
    VBox content = new VBox(10, grid);
    if (c.runs().size() < 2) {
      content.getChildren().add(new Label(i18n.get("drill.compare.alone")));
    }
    for (String s : skipped) {
      content.getChildren().add(new Label(i18n.get("drill.compare.skipped", s)));
    }
    Button save = new Button(i18n.get("drill.compare.save"));
    save.setId("drillCompareSave");
    save.setOnAction(e -> saveReport.run());
    content.getChildren().add(save);
    content.setPadding(new Insets(8));
    Alert alert = DialogButtons.alert(Alert.AlertType.INFORMATION, "", i18n);
    alert.initOwner(owner);
    alert.setTitle(i18n.get("drill.compare"));
    alert.setHeaderText(i18n.get("drill.compare.header", c.runs().size()));
    alert.getDialogPane().setContent(content);
    alert.getDialogPane().setPrefWidth(Math.min(1200, 420 + 190 * c.runs().size()));
    alert.show();
    return alert;
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    return l;
  }

  private static Label bold(String text) {
    Label l = label(text);
    l.setStyle("-fx-font-weight: bold;");
    return l;
  }
}
