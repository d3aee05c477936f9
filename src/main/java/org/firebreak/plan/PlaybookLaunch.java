package org.firebreak.plan;

import java.util.List;
import org.firebreak.incident.IncidentService;
import org.firebreak.plan.Playbook.HoldingStatement;
import org.firebreak.plan.Playbook.HubTemplate;
import org.firebreak.plan.Playbook.PlaybookRule;
import org.firebreak.triage.Label;

/**
 * Everything a declaration from a playbook stores, in one transaction: the incident and its audit
 * row, the labels and rules, the holding statements as drafts, the hub's starting content and the
 * checklist.
 */
public record PlaybookLaunch(
    IncidentService.Declaration declaration,
    String playbook,
    String severity,
    String language,
    List<Label> labels,
    List<PlaybookRule> rules,
    List<HoldingStatement> drafts,
    HubTemplate hub,
    List<ChecklistItem> checklist,
    String actor) {

  public PlaybookLaunch {
    labels = List.copyOf(labels);
    rules = List.copyOf(rules);
    drafts = List.copyOf(drafts);
    checklist = List.copyOf(checklist);
  }
}
