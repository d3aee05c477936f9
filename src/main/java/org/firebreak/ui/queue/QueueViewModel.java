package org.firebreak.ui.queue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueQuery;
import org.firebreak.store.MessageStore;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/**
 * One window of the queue, asked of the database. A newer request wins: results of an older one
 * that arrive late are dropped.
 */
public final class QueueViewModel {

  private final MessageStore messages;
  private final TaskRunner runner;
  private final ObservableList<Message> rows = FXCollections.observableArrayList();
  private final ObjectProperty<MessageStatus> statusFilter = new SimpleObjectProperty<>();
  private final LongProperty matching = new SimpleLongProperty();
  private final AtomicLong sequence = new AtomicLong();

  public QueueViewModel(MessageStore messages, TaskRunner runner, DataChanged dataChanged) {
    this.messages = messages;
    this.runner = runner;
    statusFilter.addListener((o, was, now) -> refresh());
    dataChanged.subscribe(this::refresh);
  }

  public void refresh() {
    long ticket = sequence.incrementAndGet();
    QueueQuery query = QueueQuery.newestFirst().withStatus(statusFilter.get());
    runner.run(
        () -> new Window(messages.page(query), messages.count(query)),
        window -> {
          if (ticket == sequence.get()) {
            rows.setAll(window.rows());
            matching.set(window.matching());
          }
        },
        e -> {});
  }

  private record Window(List<Message> rows, long matching) {}

  public ObservableList<Message> rows() {
    return rows;
  }

  public ObjectProperty<MessageStatus> statusFilterProperty() {
    return statusFilter;
  }

  public ReadOnlyLongProperty matchingProperty() {
    return matching;
  }
}
