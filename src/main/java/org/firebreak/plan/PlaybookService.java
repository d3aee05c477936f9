package org.firebreak.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.incident.Platform;
import org.firebreak.plan.Playbook.HoldingStatement;
import org.firebreak.store.ChecklistStore;
import org.firebreak.store.CommitteeStore;
import org.firebreak.store.PlaybookLaunchStore;
import org.firebreak.store.PlaybookStore;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.Label;

/**
 * The playbooks of the Plan tab: kept, edited, shared, and declared from. Declaring from a playbook
 * loads its window, checklist, labels, rules, holding statements and hub content in one step.
 */
public final class PlaybookService {

  static final String BUILT_IN = "/playbooks/builtin.json";

  private final PlaybookStore store;
  private final PlaybookLaunchStore launches;
  private final ChecklistStore checklist;
  private final CommitteeStore committee;
  private final IncidentService incidents;
  private final Supplier<List<Label>> starterLabels;
  private final Clock clock;

  public PlaybookService(
      PlaybookStore store,
      PlaybookLaunchStore launches,
      ChecklistStore checklist,
      CommitteeStore committee,
      IncidentService incidents,
      Supplier<List<Label>> starterLabels,
      Clock clock) {
    this.store = store;
    this.launches = launches;
    this.checklist = checklist;
    this.committee = committee;
    this.incidents = incidents;
    this.starterLabels = starterLabels;
    this.clock = clock;
  }

  /** The six built-in playbooks in English and in Bahasa Indonesia. */
  public static List<Playbook> builtIns() {
    try (InputStream in = PlaybookService.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("The built-in playbooks " + BUILT_IN + " are missing.");
      }
      return PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN)
          .playbooks();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the built-ins to a database that never had them. */
  public void seedBuiltIns() {
    store.seedOnce(PlaybookService::builtIns, clock.instant());
  }

  public List<Playbook> all() {
    return store.all();
  }

  /** Adds a playbook (id 0) or changes one, after checking every field as an import would. */
  public Playbook save(Playbook p, String actor) {
    Playbook checked = PlaybookJson.read(PlaybookJson.write(p), "");
    return p.id() == 0
        ? store.insert(checked, actor, clock.instant())
        : store.update(checked.withId(p.id(), p.builtIn()), actor, clock.instant());
  }

  /** A copy under a new name, to adapt without touching the original. */
  public Playbook duplicate(long id, String newName, String actor) {
    Playbook p =
        store
            .find(id)
            .orElseThrow(() -> new PlanRuleException("playbook", "The playbook no longer exists."));
    return save(p.withName(newName), actor);
  }

  public void delete(long id, String actor) {
    store.delete(id, actor, clock.instant());
  }

  /**
   * Declares an incident from a playbook at one of its severities: the window comes from the
   * severity, and everything the playbook loads is stored with the incident in one transaction.
   */
  public Incident declare(
      long playbookId,
      String severityName,
      String name,
      Cause cause,
      Platform origin,
      String actor,
      Instant clockStart) {
    Playbook p =
        store
            .find(playbookId)
            .orElseThrow(() -> new PlanRuleException("playbook", "The playbook no longer exists."));
    Playbook.Severity severity =
        p.severity(severityName)
            .orElseThrow(
                () ->
                    new PlanRuleException(
                        "severity",
                        "\"" + severityName + "\" is not a severity of " + p.name() + "."));
    IncidentService.Declaration d =
        incidents.prepare(
            name, cause, origin, Duration.ofMinutes(severity.windowMinutes()), actor, clockStart);
    AuditEntry a = d.audit();
    AuditEntry audit =
        AuditEntry.of(
            a.at(),
            a.actor(),
            a.action(),
            a.entity(),
            0,
            null,
            a.after() + " | playbook " + p.name() + " | severity " + severity.name());
    String incidentName = d.incident().name();
    List<Label> labels = new ArrayList<>(starterLabels.get());
    p.labels().forEach(l -> labels.add(new Label(0, l.name(), l.colour(), l.description(), null)));
    List<HoldingStatement> drafts =
        p.statements().stream()
            .map(
                s ->
                    new HoldingStatement(
                        s.title().replace("{incident}", incidentName),
                        s.text().replace("{incident}", incidentName)))
            .toList();
    return launches.launch(
        new PlaybookLaunch(
            new IncidentService.Declaration(d.incident(), audit),
            p.name(),
            severity.name(),
            p.language(),
            labels,
            p.rules(),
            drafts,
            p.hub(),
            steps(p, committee.load().publishingTools()),
            actor));
  }

  /** The first steps, a "pause scheduled posts" step per publishing tool, then who to tell. */
  static List<ChecklistItem> steps(Playbook p, List<String> tools) {
    List<ChecklistItem> out = new ArrayList<>();
    p.checklist().forEach(s -> out.add(item(ChecklistItem.Kind.STEP, s)));
    tools.forEach(t -> out.add(item(ChecklistItem.Kind.PAUSE_POSTS, t)));
    p.mustBeTold().forEach(n -> out.add(item(ChecklistItem.Kind.NOTIFY, n)));
    return out;
  }

  private static ChecklistItem item(ChecklistItem.Kind kind, String text) {
    return new ChecklistItem(0, 0, kind, text, null, null);
  }

  /** The current incident's checklist. */
  public List<ChecklistItem> checklist() {
    return checklist.current();
  }

  public ChecklistItem tick(long itemId, boolean done, String actor) {
    return checklist.tick(itemId, done, actor, clock.instant());
  }

  /** Playbooks and the committee as one JSON text, to share across teams. */
  public String exportJson() {
    return new PlanFile(store.all(), committee.load()).toJson();
  }

  /**
   * Imports a plan file: all of it, or nothing when a field is bad.
   *
   * @param source the file's name, for errors
   */
  public PlaybookStore.ImportResult importJson(String json, String source, String actor) {
    return store.importPlan(PlanFile.read(json, source), actor, clock.instant());
  }
}
