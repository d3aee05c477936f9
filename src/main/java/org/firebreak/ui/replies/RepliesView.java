package org.firebreak.ui.replies;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.firebreak.stats.LabelDebt;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The Replies tab: labels and the messages under each that still need an answer. */
public final class RepliesView extends BorderPane {

  public RepliesView(RepliesViewModel vm, I18n i18n, Formats formats) {
    getStyleClass().add("fb-tab-content");
    Label awaiting = new Label();
    awaiting.setId("repliesAwaiting");
    awaiting.getStyleClass().add("fb-figure");
    awaiting
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.get("replies.awaiting", formats.count(vm.awaitingProperty().get())),
                vm.awaitingProperty()));
    Label sent = new Label();
    sent.getStyleClass().add("fb-figure-secondary");
    sent.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.get("replies.sent", formats.count(vm.repliesProperty().get())),
                vm.repliesProperty()));
    HBox figures = new HBox(24, awaiting, sent);
    figures.setPadding(new Insets(0, 0, 10, 0));
    setTop(figures);

    TableView<LabelDebt> table = new TableView<>(vm.labels());
    table.setId("repliesTable");
    table.setPlaceholder(new Label(i18n.get("replies.empty")));
    TableColumn<LabelDebt, LabelDebt> name = new TableColumn<>(i18n.get("replies.col.label"));
    name.setPrefWidth(220);
    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    name.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(LabelDebt item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : new Circle(6, colour(item.colour())));
              }
            });
    TableColumn<LabelDebt, String> open = new TableColumn<>(i18n.get("replies.col.awaiting"));
    open.setPrefWidth(160);
    open.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(formats.count(c.getValue().awaitingReply())));
    TableColumn<LabelDebt, String> total = new TableColumn<>(i18n.get("replies.col.total"));
    total.setPrefWidth(160);
    total.setCellValueFactory(
        c -> new ReadOnlyObjectWrapper<>(formats.count(c.getValue().total())));
    table.getColumns().addAll(name, open, total);
    setCenter(table);
  }

  private static Color colour(String web) {
    try {
      return Color.web(web);
    } catch (IllegalArgumentException e) {
      return Color.GRAY;
    }
  }
}
