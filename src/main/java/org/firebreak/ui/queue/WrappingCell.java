package org.firebreak.ui.queue;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/**
 * A list line that wraps to the list's width instead of running off its edge: a long note is read
 * whole, with no sideways scrolling.
 */
final class WrappingCell extends ListCell<String> {

  /** Room for the vertical scroll bar and the cell's padding. */
  private static final double SCROLL_BAR_ROOM = 30;

  private final Text text = new Text();

  private WrappingCell(ListView<String> list) {
    text.getStyleClass().add("fb-wrapped-line");
    text.wrappingWidthProperty().bind(list.widthProperty().subtract(SCROLL_BAR_ROOM));
    // the line keeps the list's colours, selected or not
    text.fillProperty().bind(textFillProperty());
    text.fontProperty().bind(fontProperty());
    setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    setPrefWidth(0);
  }

  /** Makes every line of {@code list} wrap. */
  static void wrapLines(ListView<String> list) {
    list.setCellFactory(WrappingCell::new);
  }

  @Override
  protected void updateItem(String item, boolean empty) {
    super.updateItem(item, empty);
    text.setText(empty || item == null ? "" : item);
    setGraphic(empty || item == null ? null : text);
  }
}
