package org.firebreak.ui.plan;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.store.TeamStore;
import org.firebreak.triage.TeamMember;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** The plan: the team on this incident (the playbook text comes from the bundle). */
public final class PlanViewModel {
  private final TeamStore team;
  private final TaskRunner runner;
  private final ObservableList<TeamMember> members = FXCollections.observableArrayList();

  public PlanViewModel(TeamStore team, TaskRunner runner, DataChanged dataChanged) {
    this.team = team;
    this.runner = runner;
    dataChanged.subscribe(this::refresh);
  }

  public void refresh() {
    runner.run(team::all, members::setAll, e -> {});
  }

  public ObservableList<TeamMember> members() {
    return members;
  }
}
