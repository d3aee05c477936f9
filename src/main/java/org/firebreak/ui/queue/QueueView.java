package org.firebreak.ui.queue;

import java.time.Clock;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The Queue tab: every message, newest first, filtered by the database. */
public final class QueueView extends BorderPane {

  public QueueView(QueueViewModel vm, I18n i18n, Formats formats, Clock clock) {
    getStyleClass().add("fb-tab-content");
    ComboBox<MessageStatus> status = new ComboBox<>();
    status.setId("queueStatusFilter");
    status.getItems().add(null);
    status.getItems().addAll(FXCollections.observableArrayList(MessageStatus.values()));
    status.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(MessageStatus s) {
            return s == null ? i18n.get("queue.filter.all") : i18n.of("status", s);
          }

          @Override
          public MessageStatus fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    status.valueProperty().bindBidirectional(vm.statusFilterProperty());
    Label filterLabel = new Label(i18n.get("queue.filter.status"));
    filterLabel.setLabelFor(status);

    Label count = new Label();
    count.setId("queueCount");
    count
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    i18n.get(
                        "queue.showing",
                        formats.count(vm.rows().size()),
                        formats.count(vm.matchingProperty().get())),
                vm.rows(),
                vm.matchingProperty()));

    HBox toolbar = new HBox(10, filterLabel, status, count);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.setPadding(new Insets(0, 0, 8, 0));
    setTop(toolbar);

    TableView<Message> table = new TableView<>(vm.rows());
    table.setId("queueTable");
    table.setFixedCellSize(28);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(new Label(i18n.get("queue.empty")));
    table
        .getColumns()
        .addAll(
            column(i18n.get("queue.col.time"), 90, m -> formats.time(m.receivedAt())),
            column(i18n.get("queue.col.platform"), 95, m -> m.platform().displayName()),
            column(
                i18n.get("queue.col.author"),
                150,
                m -> m.author() + "  (" + formats.reach(m.authorReach()) + ")"),
            textColumn(i18n.get("queue.col.text")),
            column(
                i18n.get("queue.col.sentiment"),
                105,
                m -> String.format(i18n.locale(), "%+.2f", m.sentiment())),
            column(i18n.get("queue.col.priority"), 75, m -> Integer.toString(m.priority())),
            column(i18n.get("queue.col.labels"), 140, m -> String.join(", ", m.labels())),
            column(i18n.get("queue.col.status"), 105, m -> i18n.of("status", m.status())),
            column(
                i18n.get("queue.col.assignee"), 105, m -> m.assignee() == null ? "" : m.assignee()),
            column(
                i18n.get("queue.col.age"), 55, m -> formats.age(m.receivedAt(), clock.instant())));
    setCenter(table);
  }

  private static TableColumn<Message, String> column(
      String title, double width, Function<Message, String> value) {
    TableColumn<Message, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
    c.setSortable(false);
    return c;
  }

  private static TableColumn<Message, String> textColumn(String title) {
    TableColumn<Message, String> c = column(title, 420, Message::text);
    c.setMinWidth(240);
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                // plain text only: a message is never interpreted, and bidi controls are shown, not
                // applied
                setText(empty ? null : item);
              }
            });
    return c;
  }

  private static ObservableValue<String> constant(String s) {
    return new ReadOnlyObjectWrapper<>(s);
  }
}
