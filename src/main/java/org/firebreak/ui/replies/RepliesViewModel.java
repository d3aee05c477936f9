package org.firebreak.ui.replies;

import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.stats.LabelDebt;
import org.firebreak.stats.ReplyDebt;
import org.firebreak.store.StatsQuery;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** Reply debt: what still needs an answer, per label and overall, computed off the FX thread. */
public final class RepliesViewModel {
  private final StatsQuery stats;
  private final Clock clock;
  private final TaskRunner runner;
  private final ObservableList<LabelDebt> labels = FXCollections.observableArrayList();
  private final ObjectProperty<ReplyDebt> debt = new SimpleObjectProperty<>();

  private final org.firebreak.ui.common.ReadFailures failures;

  public RepliesViewModel(
      StatsQuery stats,
      Clock clock,
      TaskRunner runner,
      DataChanged dataChanged,
      org.firebreak.ui.common.ReadFailures failures) {
    this.stats = stats;
    this.failures = failures;
    this.clock = clock;
    this.runner = runner;
    dataChanged.subscribe(whenShown::changed);
  }

  private final org.firebreak.ui.common.RefreshWhenShown whenShown =
      new org.firebreak.ui.common.RefreshWhenShown(this::refresh, false);

  /** Whether its tab is on screen: hidden, a data change only marks it stale. */
  public void setShown(boolean shown) {
    whenShown.setShown(shown);
  }

  public void refresh() {
    runner.run(
        () -> stats.replyDebt(clock.instant()),
        failures.ok(
            "failed.replies",
            d -> {
              labels.setAll(d.labels());
              debt.set(d);
            }),
        failures.of("failed.replies"));
  }

  public ObservableList<LabelDebt> labels() {
    return labels;
  }

  public ObjectProperty<ReplyDebt> debtProperty() {
    return debt;
  }
}
