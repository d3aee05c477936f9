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

  private final DataChanged dataChanged;

  private final org.firebreak.ui.common.ReadFailures failures;

  public PlanViewModel(
      TeamStore team,
      TaskRunner runner,
      DataChanged dataChanged,
      org.firebreak.ui.common.ReadFailures failures) {
    this.team = team;
    this.failures = failures;
    this.runner = runner;
    this.dataChanged = dataChanged;
    dataChanged.subscribe(this::refresh);
  }

  private final javafx.collections.ObservableMap<String, Long> openLoad =
      FXCollections.observableHashMap();

  private record Team(java.util.List<TeamMember> members, java.util.Map<String, Long> load) {}

  public void refresh() {
    runner.run(
        () -> new Team(team.all(), team.openLoad()),
        failures.ok(
            "failed.team",
            t -> {
              openLoad.clear();
              openLoad.putAll(t.load());
              members.setAll(t.members());
            }),
        failures.of("failed.team"));
  }

  /** Each person's open load: messages assigned to them still waiting for a reply. */
  public javafx.collections.ObservableMap<String, Long> openLoad() {
    return openLoad;
  }

  /** Adds a person; refusals (blank name, a name already on the team) go to {@code onFailure}. */
  public void add(
      String name,
      org.firebreak.triage.TeamRole role,
      String contact,
      java.util.function.Consumer<Throwable> onFailure) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 200) {
      onFailure.accept(
          new org.firebreak.triage.TriageRuleException(
              "A team member needs a name (at most 200 characters).", "name"));
      return;
    }
    runner.execute(
        () ->
            team.add(
                new TeamMember(
                    0, n, role, contact == null || contact.isBlank() ? null : contact.strip()),
                System.getProperty("user.name", "user"),
                java.time.Instant.now()),
        dataChanged::fire, // the queue's assign list and open loads too
        onFailure);
  }

  public ObservableList<TeamMember> members() {
    return members;
  }
}
