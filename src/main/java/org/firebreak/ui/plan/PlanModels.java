package org.firebreak.ui.plan;

import java.util.function.Consumer;
import org.firebreak.app.Services;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ReadFailures;
import org.firebreak.ui.common.TaskRunner;

/** The Plan tab's view models (and the header's checklist), built together for the console. */
public record PlanModels(
    PlanViewModel plan,
    ChecklistViewModel checklist,
    CommitteeViewModel committee,
    HubViewModel hub,
    PlaybooksViewModel playbooks) {

  public static PlanModels of(
      Services services,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      Formats formats,
      String actor,
      ReadFailures failures,
      Consumer<Throwable> failed) {
    return new PlanModels(
        new PlanViewModel(services.team(), runner, dataChanged, failures),
        new ChecklistViewModel(services.playbooks(), runner, dataChanged, actor, failures),
        new CommitteeViewModel(
            services.committee(),
            runner,
            dataChanged,
            i18n,
            formats,
            services.clock(),
            actor,
            failures),
        new HubViewModel(
            services.hub(),
            services.hubSite(),
            services.incidents(),
            runner,
            dataChanged,
            failed,
            failures),
        new PlaybooksViewModel(services.playbooks(), runner, dataChanged, i18n, actor, failures));
  }
}
