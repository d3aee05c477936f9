package org.firebreak.ui.queue;

import java.time.Instant;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueFilter;
import org.firebreak.queue.QueueQuery;
import org.firebreak.queue.QueueSort;
import org.firebreak.queue.SavedView;
import org.firebreak.triage.Label;

/**
 * The queue's filters beside status and search (label, waiting on us, overdue, reach), its sort,
 * and whether the person selected every message matching them. Any change goes back to the first
 * page and drops the "all matching" selection.
 */
public final class QueueFilters {

  private final ObservableList<Label> labels;
  private final StringProperty labelName = new SimpleStringProperty();
  private final BooleanProperty waitingOnUs = new SimpleBooleanProperty();
  private final BooleanProperty overdue = new SimpleBooleanProperty();
  private final LongProperty minReach = new SimpleLongProperty();
  private final ObjectProperty<QueueSort> sort = new SimpleObjectProperty<>(QueueSort.RECEIVED);
  private final BooleanProperty descending = new SimpleBooleanProperty(true);
  private final BooleanProperty allMatching = new SimpleBooleanProperty();
  private boolean quiet;
  private Runnable onChange = () -> {};

  QueueFilters(ObservableList<Label> labels) {
    this.labels = labels;
    for (javafx.beans.Observable p :
        new javafx.beans.Observable[] {
          labelName, waitingOnUs, overdue, minReach, sort, descending
        }) {
      p.addListener(o -> changed());
    }
  }

  void onChange(Runnable r) {
    this.onChange = r;
  }

  private void changed() {
    allMatching.set(false);
    if (!quiet) {
      onChange.run();
    }
  }

  /** Makes several changes at once, then lets the caller refresh once. */
  void quietly(Runnable changes) {
    quiet = true;
    try {
      changes.run();
    } finally {
      quiet = false;
    }
  }

  boolean isQuiet() {
    return quiet;
  }

  void set(SavedView v) {
    labelName.set(v.labelName());
    waitingOnUs.set(v.waitingOnUs());
    overdue.set(v.overdue());
    minReach.set(v.minReach());
    sort.set(v.sort());
    descending.set(v.descending());
  }

  SavedView asView(MessageStatus status) {
    return new SavedView(
        0,
        null,
        null,
        status,
        labelName.get(),
        waitingOnUs.get(),
        overdue.get(),
        minReach.get(),
        sort.get(),
        descending.get());
  }

  /** The query with these filters; "overdue" is judged at {@code now}. */
  QueueQuery apply(QueueQuery base, Instant now) {
    QueueFilter f =
        QueueFilter.NONE
            .withWaitingOnUs(waitingOnUs.get())
            .withMinReach(minReach.get())
            .withOverdueAsOf(overdue.get() ? now : null);
    if (labelName.get() != null) {
      String key = labelName.get().toLowerCase(Locale.ROOT);
      // a view naming a label this incident lacks shows nothing rather than everything
      f =
          f.withLabel(
              labels.stream()
                  .filter(l -> l.name().toLowerCase(Locale.ROOT).equals(key))
                  .map(Label::id)
                  .findFirst()
                  .orElse(-1L));
    }
    return base.withFilter(f)
        .withSort(sort.get(), descending.get())
        .withWindow(base.offset(), base.limit());
  }

  public StringProperty labelNameProperty() {
    return labelName;
  }

  public BooleanProperty waitingOnUsProperty() {
    return waitingOnUs;
  }

  public BooleanProperty overdueProperty() {
    return overdue;
  }

  public LongProperty minReachProperty() {
    return minReach;
  }

  public ObjectProperty<QueueSort> sortProperty() {
    return sort;
  }

  public BooleanProperty descendingProperty() {
    return descending;
  }

  /** True when actions apply to every message matching the filter, not just the rows selected. */
  public BooleanProperty allMatchingProperty() {
    return allMatching;
  }

  /** Sorts by a column (one change, one refresh). */
  void sortBy(QueueSort column, boolean desc) {
    if (column == sort.get() && desc == descending.get()) {
      return;
    }
    quietly(
        () -> {
          sort.set(column);
          descending.set(desc);
        });
    changed();
  }
}
