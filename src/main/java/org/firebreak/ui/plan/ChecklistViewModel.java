package org.firebreak.ui.plan;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.plan.ChecklistItem;
import org.firebreak.plan.PlaybookService;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** The current incident's checklist and how many items are still open (shown in the header). */
public final class ChecklistViewModel {

  private final PlaybookService playbooks;
  private final TaskRunner runner;
  private final String actor;
  private final ObservableList<ChecklistItem> items = FXCollections.observableArrayList();
  private final SimpleIntegerProperty open = new SimpleIntegerProperty();

  private final org.firebreak.ui.common.ReadFailures failures;

  public ChecklistViewModel(
      PlaybookService playbooks,
      TaskRunner runner,
      DataChanged dataChanged,
      String actor,
      org.firebreak.ui.common.ReadFailures failures) {
    this.failures = failures;
    this.playbooks = playbooks;
    this.runner = runner;
    this.actor = actor;
    // a triage action changes none of this: only other changes reload it
    dataChanged.subscribe(this::refresh, () -> {});
  }

  public void refresh() {
    runner.run(
        playbooks::checklist,
        failures.ok("failed.checklist", this::show),
        failures.of("failed.checklist"));
  }

  private void show(java.util.List<ChecklistItem> list) {
    items.setAll(list);
    open.set((int) list.stream().filter(i -> !i.done()).count());
  }

  /** Ticks an item off (or back on), then reloads the list. */
  public void tick(ChecklistItem item, boolean done, Consumer<Throwable> onFailure) {
    runner.run(
        () -> {
          playbooks.tick(item.id(), done, actor);
          return playbooks.checklist();
        },
        this::show,
        onFailure);
  }

  public ObservableList<ChecklistItem> items() {
    return items;
  }

  /** Items not ticked off yet. */
  public ReadOnlyIntegerProperty openProperty() {
    return open;
  }
}
