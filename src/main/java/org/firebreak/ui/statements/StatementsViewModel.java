package org.firebreak.ui.statements;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.incident.IncidentService;
import org.firebreak.statements.StatementSummary;
import org.firebreak.store.StatementStore;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** The incident's public statements, newest first. */
public final class StatementsViewModel {
  private final StatementStore statements;
  private final IncidentService incidents;
  private final TaskRunner runner;
  private final ObservableList<StatementSummary> items = FXCollections.observableArrayList();

  public StatementsViewModel(
      StatementStore statements,
      IncidentService incidents,
      TaskRunner runner,
      DataChanged dataChanged) {
    this.statements = statements;
    this.incidents = incidents;
    this.runner = runner;
    dataChanged.subscribe(this::refresh);
  }

  public void refresh() {
    runner.run(
        () -> incidents.current().map(i -> statements.list(i.id())).orElse(List.of()),
        items::setAll,
        e -> {});
  }

  public ObservableList<StatementSummary> items() {
    return items;
  }
}
