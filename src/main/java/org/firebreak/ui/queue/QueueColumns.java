package org.firebreak.ui.queue;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.firebreak.queue.Message;
import org.firebreak.queue.QueueSort;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The queue's columns. Clicking a header sorts in the database (the table never sorts its window
 * itself); the age of a message past its response target is flagged.
 */
final class QueueColumns {

  private final Map<TableColumn<Message, ?>, QueueSort> sorts = new HashMap<>();
  private TableColumn<Message, String> age;

  void install(
      TableView<Message> table, QueueViewModel vm, I18n i18n, Formats formats, Clock clock) {
    table
        .getColumns()
        .addAll(
            column(
                i18n.get("queue.col.time"),
                78,
                m -> formats.time(m.receivedAt()),
                QueueSort.RECEIVED),
            column(
                i18n.get("queue.col.platform"),
                88,
                m -> m.platform().displayName(),
                QueueSort.PLATFORM),
            column(
                i18n.get("queue.col.author"),
                150,
                m -> m.author() + "  (" + formats.reach(m.authorReach()) + ")",
                QueueSort.AUTHOR),
            textColumn(i18n.get("queue.col.text")),
            column(
                i18n.get("queue.col.sentiment"),
                84,
                m -> String.format(i18n.locale(), "%+.2f", m.sentiment()),
                QueueSort.SENTIMENT),
            column(
                i18n.get("queue.col.priority"),
                76,
                m -> Integer.toString(m.priority()),
                QueueSort.PRIORITY),
            column(i18n.get("queue.col.labels"), 100, m -> String.join(", ", m.labels()), null),
            column(
                i18n.get("queue.col.status"),
                100,
                m -> i18n.of("status", m.status()),
                QueueSort.STATUS),
            column(
                i18n.get("queue.col.assignee"),
                100,
                m -> m.assignee() == null ? "" : m.assignee(),
                QueueSort.ASSIGNEE),
            ageColumn(i18n, formats, clock, vm));
    // sentiment already weighs in the priority; it is one click away in the column menu
    table.getColumns().get(4).setVisible(false);
    table.setSortPolicy(t -> true); // the database sorts; the window on screen is already in order
    table
        .getSortOrder()
        .addListener((ListChangeListener<TableColumn<Message, ?>>) c -> sortChanged(table, vm));
    for (TableColumn<Message, ?> c : table.getColumns()) {
      c.sortTypeProperty().addListener((o, was, now) -> sortChanged(table, vm));
    }
  }

  private void sortChanged(TableView<Message> table, QueueViewModel vm) {
    if (table.getSortOrder().isEmpty()) {
      vm.filters().sortBy(QueueSort.RECEIVED, true);
      return;
    }
    TableColumn<Message, ?> first = table.getSortOrder().get(0);
    boolean descending = first.getSortType() == TableColumn.SortType.DESCENDING;
    if (first == age) {
      // the youngest message is the most recent one
      vm.filters().sortBy(QueueSort.RECEIVED, !descending);
    } else {
      vm.filters().sortBy(sorts.get(first), descending);
    }
  }

  private TableColumn<Message, String> ageColumn(
      I18n i18n, Formats formats, Clock clock, QueueViewModel vm) {
    age =
        column(
            i18n.get("queue.col.age"), 74, m -> formats.age(m.receivedAt(), clock.instant()), null);
    age.setSortable(true);
    age.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                Message m = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
                boolean late = m != null && vm.overdue().contains(m.id());
                setText(empty ? null : item);
                setGraphic(late ? new FontIcon("mdi2a-alarm") : null);
                setTooltip(late ? new Tooltip(i18n.get("queue.overdue.tip")) : null);
                getStyleClass().remove("fb-overdue");
                if (late) {
                  getStyleClass().add("fb-overdue");
                }
              }
            });
    return age;
  }

  private TableColumn<Message, String> column(
      String title, double width, Function<Message, String> value, QueueSort sort) {
    TableColumn<Message, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setSortable(sort != null);
    if (sort != null) {
      sorts.put(c, sort);
    }
    return c;
  }

  private TableColumn<Message, String> textColumn(String title) {
    TableColumn<Message, String> c = column(title, 420, Message::text, null);
    c.setMinWidth(150);
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                // plain text only: a message is never interpreted, and bidi controls are shown,
                // not applied
                setText(empty ? null : item);
              }
            });
    return c;
  }
}
