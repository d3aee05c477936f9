package org.firebreak.plan;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.firebreak.incident.Cause;
import org.firebreak.triage.LabelRule;

/**
 * What to do when one kind of crisis hits, written before it does: severity levels with their
 * first-response windows, the first steps, pre-approved holding statements, the labels and rules to
 * load, the crisis hub's starting content, and who must be told.
 *
 * @param id 0 until stored
 * @param language "en" or "id": the language its texts are written in
 */
public record Playbook(
    long id,
    String name,
    String language,
    CrisisType type,
    Cause cause,
    boolean builtIn,
    List<Severity> severities,
    List<String> checklist,
    List<HoldingStatement> statements,
    List<PlaybookLabel> labels,
    List<PlaybookRule> rules,
    HubTemplate hub,
    List<String> mustBeTold) {

  public static final int MAX_NAME = 200;

  public Playbook {
    severities = List.copyOf(severities);
    checklist = List.copyOf(checklist);
    statements = List.copyOf(statements);
    labels = List.copyOf(labels);
    rules = List.copyOf(rules);
    mustBeTold = List.copyOf(mustBeTold);
    hub = hub == null ? HubTemplate.EMPTY : hub;
  }

  /** Names are unique without regard to case. */
  public String nameKey() {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  public Optional<Severity> severity(String severityName) {
    return severities.stream().filter(s -> s.name().equalsIgnoreCase(severityName)).findFirst();
  }

  public Playbook withId(long newId, boolean isBuiltIn) {
    return new Playbook(
        newId,
        name,
        language,
        type,
        cause,
        isBuiltIn,
        severities,
        checklist,
        statements,
        labels,
        rules,
        hub,
        mustBeTold);
  }

  public Playbook withName(String newName) {
    return new Playbook(
        0,
        newName,
        language,
        type,
        cause,
        false,
        severities,
        checklist,
        statements,
        labels,
        rules,
        hub,
        mustBeTold);
  }

  /** A severity level and the first-response window it allows. */
  public record Severity(String name, int windowMinutes) {}

  /** A pre-approved holding statement, loaded as a draft when an incident is declared. */
  public record HoldingStatement(String title, String text) {}

  /** A label the playbook loads (kept as it is when one of that name exists). */
  public record PlaybookLabel(String name, String colour, String description) {}

  /** A rule the playbook loads, on a label named by {@code label}. */
  public record PlaybookRule(String label, LabelRule.Kind kind, String value) {}

  /** The crisis hub's starting content, in the playbook's language. */
  public record HubTemplate(String title, String summary, List<Faq> faq, List<String> steps) {
    public static final HubTemplate EMPTY = new HubTemplate("", "", List.of(), List.of());

    public HubTemplate {
      title = title == null ? "" : title;
      summary = summary == null ? "" : summary;
      faq = List.copyOf(faq);
      steps = List.copyOf(steps);
    }

    public boolean isEmpty() {
      return title.isBlank() && summary.isBlank() && faq.isEmpty() && steps.isEmpty();
    }
  }

  /** One question and its answer on the hub. */
  public record Faq(String question, String answer) {}
}
