package org.firebreak.plan;

import static org.firebreak.plan.JsonFields.bad;
import static org.firebreak.plan.JsonFields.choice;
import static org.firebreak.plan.JsonFields.line;
import static org.firebreak.plan.JsonFields.list;
import static org.firebreak.plan.JsonFields.minutes;
import static org.firebreak.plan.JsonFields.objectEntry;
import static org.firebreak.plan.JsonFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.firebreak.demo.DemoIncidentGenerator;
import org.firebreak.incident.Cause;
import org.firebreak.plan.Playbook.Faq;
import org.firebreak.plan.Playbook.HoldingStatement;
import org.firebreak.plan.Playbook.HubTemplate;
import org.firebreak.plan.Playbook.PlaybookLabel;
import org.firebreak.plan.Playbook.PlaybookRule;
import org.firebreak.plan.Playbook.Severity;
import org.firebreak.triage.LabelNames;
import org.firebreak.triage.LabelRule;
import org.firebreak.triage.RuleMatcher;
import org.firebreak.triage.TriageRuleException;

/**
 * A playbook as JSON, the one shape used in the database, in exports and in imports. Reading checks
 * every field and refuses the first bad one by its path, for example {@code
 * playbooks[2].severities[0].windowMinutes}.
 */
public final class PlaybookJson {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final int MAX_LINE = 1000;
  static final int MAX_TEXT = 20_000;

  private PlaybookJson() {}

  public static String toJson(Playbook p) {
    return write(p).toString();
  }

  /** Reads a stored playbook body (already checked once, when it was saved). */
  public static Playbook fromJson(String json, long id, boolean builtIn) {
    try {
      return read(MAPPER.readTree(json), "").withId(id, builtIn);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new PlanRuleException("body", "A stored playbook could not be read: " + e);
    }
  }

  static ObjectNode write(Playbook p) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", p.name());
    o.put("language", p.language());
    o.put("crisisType", p.type().name());
    o.put("cause", p.cause().name());
    ArrayNode sev = o.putArray("severities");
    p.severities()
        .forEach(
            s -> sev.addObject().put("name", s.name()).put("windowMinutes", s.windowMinutes()));
    ArrayNode steps = o.putArray("checklist");
    p.checklist().forEach(steps::add);
    ArrayNode st = o.putArray("holdingStatements");
    p.statements().forEach(s -> st.addObject().put("title", s.title()).put("text", s.text()));
    ArrayNode labels = o.putArray("labels");
    p.labels()
        .forEach(
            l ->
                labels
                    .addObject()
                    .put("name", l.name())
                    .put("colour", l.colour())
                    .put("description", l.description()));
    ArrayNode rules = o.putArray("rules");
    p.rules()
        .forEach(
            r ->
                rules
                    .addObject()
                    .put("label", r.label())
                    .put("kind", r.kind().name())
                    .put("value", r.value()));
    ObjectNode hub = o.putObject("hub");
    hub.put("title", p.hub().title()).put("summary", p.hub().summary());
    ArrayNode faq = hub.putArray("faq");
    p.hub()
        .faq()
        .forEach(f -> faq.addObject().put("question", f.question()).put("answer", f.answer()));
    ArrayNode hubSteps = hub.putArray("steps");
    p.hub().steps().forEach(hubSteps::add);
    ArrayNode notify = o.putArray("notify");
    p.mustBeTold().forEach(notify::add);
    return o;
  }

  /** Reads and checks one playbook object; {@code path} prefixes every field named in an error. */
  static Playbook read(JsonNode n, String path) {
    objectEntry(n, path.isEmpty() ? "playbook" : path.substring(0, path.length() - 1));
    String name = text(n, "name", path, true, Playbook.MAX_NAME);
    String language = text(n, "language", path, true, 2).toLowerCase(Locale.ROOT);
    if (!language.equals("en") && !language.equals("id")) {
      throw bad(path + "language", "\"" + language + "\" is not en or id.");
    }
    CrisisType type = choice(n, "crisisType", path, CrisisType.class, null);
    Cause cause =
        choice(
            n,
            "cause",
            path,
            Cause.class,
            type == CrisisType.NATURAL_DISASTER ? Cause.EXTERNAL : Cause.INTERNAL);
    List<Severity> severities =
        list(
            n,
            "severities",
            path,
            true,
            (s, p) -> {
              objectEntry(s, p);
              return new Severity(
                  text(s, "name", p + ".", true, 80), minutes(s, "windowMinutes", p + "."));
            });
    unique(severities.stream().map(Severity::name).toList(), path + "severities", "severity");
    List<String> checklist = list(n, "checklist", path, false, (s, p) -> line(s, p, MAX_LINE));
    List<HoldingStatement> statements =
        list(
            n,
            "holdingStatements",
            path,
            false,
            (s, p) -> {
              objectEntry(s, p);
              return new HoldingStatement(
                  text(s, "title", p + ".", true, 200), text(s, "text", p + ".", true, MAX_TEXT));
            });
    List<PlaybookLabel> labels = list(n, "labels", path, false, PlaybookJson::label);
    unique(labels.stream().map(PlaybookLabel::name).toList(), path + "labels", "label");
    Set<String> known = new HashSet<>();
    labels.forEach(l -> known.add(l.name().toLowerCase(Locale.ROOT)));
    DemoIncidentGenerator.starterLabels()
        .forEach(l -> known.add(l.name().toLowerCase(Locale.ROOT)));
    List<PlaybookRule> rules = list(n, "rules", path, false, (s, p) -> rule(s, p, known));
    JsonNode hubNode = JsonFields.object(n, "hub", path, false);
    HubTemplate hub = hubNode == null ? HubTemplate.EMPTY : hub(hubNode, path + "hub.");
    List<String> notify = list(n, "notify", path, false, (s, p) -> line(s, p, 200));
    return new Playbook(
        0,
        name,
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
        notify);
  }

  /** One entry of a file's playbooks list, at {@code path} (for example playbooks[2]). */
  static Playbook readEntry(JsonNode n, String path) {
    return read(n, path + ".");
  }

  private static PlaybookLabel label(JsonNode s, String p) {
    objectEntry(s, p);
    try {
      String name = LabelNames.check(text(s, "name", p + ".", true, 200));
      String colour = text(s, "colour", p + ".", false, 7);
      return new PlaybookLabel(
          name,
          LabelNames.checkColour(colour.isEmpty() ? "#5f6368" : colour),
          text(s, "description", p + ".", false, 500));
    } catch (TriageRuleException e) {
      throw bad(p + "." + e.field(), e.getMessage());
    }
  }

  private static PlaybookRule rule(JsonNode s, String p, Set<String> known) {
    objectEntry(s, p);
    String label = text(s, "label", p + ".", true, 200);
    if (!known.contains(label.toLowerCase(Locale.ROOT))) {
      throw bad(
          p + ".label",
          "\""
              + label
              + "\" is not one of the playbook's labels nor a starter label; add it to"
              + " labels first.");
    }
    LabelRule.Kind kind = choice(s, "kind", p + ".", LabelRule.Kind.class, null);
    String value = text(s, "value", p + ".", true, 500);
    try {
      RuleMatcher.validate(new LabelRule(0, 0, kind, value));
    } catch (TriageRuleException | IllegalArgumentException e) {
      throw bad(p + ".value", e.getMessage());
    }
    return new PlaybookRule(label, kind, value);
  }

  private static HubTemplate hub(JsonNode h, String p) {
    List<Faq> faq =
        list(
            h,
            "faq",
            p,
            false,
            (f, fp) -> {
              objectEntry(f, fp);
              return new Faq(
                  text(f, "question", fp + ".", true, 1000),
                  text(f, "answer", fp + ".", true, MAX_TEXT));
            });
    return new HubTemplate(
        text(h, "title", p, false, 200),
        text(h, "summary", p, false, MAX_TEXT),
        faq,
        list(h, "steps", p, false, (s, sp) -> line(s, sp, MAX_LINE)));
  }

  private static void unique(List<String> names, String path, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      if (!seen.add(names.get(i).toLowerCase(Locale.ROOT))) {
        throw bad(path + "[" + i + "]", "the " + what + " \"" + names.get(i) + "\" appears twice.");
      }
    }
  }
}
