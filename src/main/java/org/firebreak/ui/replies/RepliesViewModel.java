package org.firebreak.ui.replies;

import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.stats.LabelDebt;
import org.firebreak.stats.MessageCounts;
import org.firebreak.store.StatsQuery;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** Reply debt: what still needs an answer, per label and overall. */
public final class RepliesViewModel {
  private final StatsQuery stats;
  private final TaskRunner runner;
  private final ObservableList<LabelDebt> labels = FXCollections.observableArrayList();
  private final LongProperty awaiting = new SimpleLongProperty();
  private final LongProperty replies = new SimpleLongProperty();

  public RepliesViewModel(StatsQuery stats, TaskRunner runner, DataChanged dataChanged) {
    this.stats = stats;
    this.runner = runner;
    dataChanged.subscribe(this::refresh);
  }

  public void refresh() {
    runner.run(
        () -> new Debt(stats.labelDebt(), stats.counts()),
        debt -> {
          labels.setAll(debt.labels());
          awaiting.set(debt.counts().needsReply());
          replies.set(debt.counts().replies());
        },
        e -> {});
  }

  private record Debt(List<LabelDebt> labels, MessageCounts counts) {}

  public ObservableList<LabelDebt> labels() {
    return labels;
  }

  public LongProperty awaitingProperty() {
    return awaiting;
  }

  public LongProperty repliesProperty() {
    return replies;
  }
}
