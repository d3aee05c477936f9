package org.firebreak.ui.statements;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.statements.StatementService;
import org.firebreak.statements.StatementVersion;
import org.firebreak.statements.WordDiff;
import org.firebreak.ui.common.TaskRunner;

/** Every saved version of the selected statement and a word diff between two of them. */
public final class HistoryViewModel {

  private final StatementService service;
  private final TaskRunner runner;
  private final ObservableList<StatementVersion> versions = FXCollections.observableArrayList();
  private final ObjectProperty<Integer> from = new SimpleObjectProperty<>();
  private final ObjectProperty<Integer> to = new SimpleObjectProperty<>();
  private final ObjectProperty<WordDiff> diff = new SimpleObjectProperty<>();
  private long statementId = -1;
  private long seq;

  HistoryViewModel(
      StatementService service, TaskRunner runner, ObservableValue<StatementDetail> detail) {
    this.service = service;
    this.runner = runner;
    detail.addListener((o, was, d) -> load(d));
    from.addListener((o, was, now) -> compare());
    to.addListener((o, was, now) -> compare());
  }

  private void load(StatementDetail d) {
    List<StatementVersion> all = d == null ? List.of() : d.versions();
    long id = d == null ? -1 : d.statement().id();
    boolean grew = id != statementId || all.size() != versions.size();
    statementId = id;
    versions.setAll(all);
    if (grew) { // by default: the latest version against the last current one before it
      int n = all.size();
      Integer previous = n == 0 ? null : all.get(0).version();
      for (int i = n - 2; i >= 0; i--) {
        if (!all.get(i).conflict()) {
          previous = all.get(i).version();
          break;
        }
      }
      from.set(previous);
      to.set(n >= 1 ? all.get(n - 1).version() : null);
      compare();
    }
  }

  private void compare() {
    long mine = ++seq;
    Integer a = from.get();
    Integer b = to.get();
    long id = statementId;
    if (a == null || b == null || id < 0) {
      diff.set(null);
      return;
    }
    runner.run(
        () -> service.diff(id, a, b),
        d -> {
          if (mine == seq) {
            diff.set(d);
          }
        },
        e -> diff.set(null));
  }

  public ObservableList<StatementVersion> versions() {
    return versions;
  }

  public ObjectProperty<Integer> fromProperty() {
    return from;
  }

  public ObjectProperty<Integer> toProperty() {
    return to;
  }

  public ReadOnlyObjectProperty<WordDiff> diffProperty() {
    return diff;
  }
}
