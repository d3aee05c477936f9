package org.firebreak.ui.common;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The two-column form every dialog uses: a label column that is never cut, then the fields. */
public final class FormGrid {
  private FormGrid() {}

  public static GridPane create() {
    GridPane grid = new GridPane();
    grid.setHgap(12);
    grid.setVgap(10);
    ColumnConstraints labels = new ColumnConstraints();
    labels.setMinWidth(Region.USE_PREF_SIZE);
    grid.getColumnConstraints().add(labels);
    return grid;
  }
}
