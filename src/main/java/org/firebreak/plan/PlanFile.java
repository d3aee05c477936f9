package org.firebreak.plan;

import static org.firebreak.plan.JsonFields.bad;
import static org.firebreak.plan.JsonFields.choice;
import static org.firebreak.plan.JsonFields.list;
import static org.firebreak.plan.JsonFields.objectEntry;
import static org.firebreak.plan.JsonFields.text;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Playbooks and the committee as one JSON file, to share across teams. Reading checks all of it
 * before anything is stored: a bad field refuses the whole file, naming the file and the field.
 *
 * @param committee null when the file carries playbooks only
 */
public record PlanFile(List<Playbook> playbooks, Committee committee) {

  public static final String FORMAT = "firebreak-plan";
  public static final int VERSION = 1;

  public PlanFile {
    playbooks = List.copyOf(playbooks);
  }

  public String toJson() {
    ObjectNode o = PlaybookJson.MAPPER.createObjectNode();
    o.put("format", FORMAT).put("version", VERSION);
    ArrayNode list = o.putArray("playbooks");
    playbooks.forEach(p -> list.add(PlaybookJson.write(p)));
    if (committee != null) {
      ObjectNode c = o.putObject("committee");
      c.put("cadence", committee.cadence().name());
      c.put("lastMet", committee.lastMet() == null ? null : committee.lastMet().toString());
      ArrayNode tools = c.putArray("publishingTools");
      committee.publishingTools().forEach(tools::add);
      ArrayNode members = c.putArray("members");
      committee
          .members()
          .forEach(
              m ->
                  members
                      .addObject()
                      .put("name", m.name())
                      .put("department", m.department().name())
                      .put("role", m.role())
                      .put("contact", m.contact())
                      .put("deputy", m.deputy()));
    }
    try {
      return PlaybookJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads and checks a plan file.
   *
   * @param source the file's name, put before every error
   * @throws PlanRuleException naming the file and the field (or line and column for bad JSON)
   */
  public static PlanFile read(String json, String source) {
    JsonNode root;
    try {
      root = PlaybookJson.MAPPER.readTree(json);
    } catch (JsonParseException e) {
      var at = e.getLocation();
      throw new PlanRuleException(
          "json",
          source
              + ": line "
              + at.getLineNr()
              + ", column "
              + at.getColumnNr()
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + ").");
    } catch (JsonProcessingException e) {
      throw new PlanRuleException("json", source + ": not valid JSON (" + e.getMessage() + ").");
    }
    try {
      return read(root);
    } catch (PlanRuleException e) {
      throw new PlanRuleException(e.field(), source + ": " + e.getMessage());
    }
  }

  private static PlanFile read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw bad("(top)", "the file must hold one JSON object with \"format\": \"" + FORMAT + "\".");
    }
    if (!FORMAT.equals(root.path("format").asText())) {
      throw bad("format", "must be \"" + FORMAT + "\"; this is not a Firebreak plan file.");
    }
    int version = root.path("version").asInt(0);
    if (version < 1 || version > VERSION) {
      throw bad(
          "version",
          version > VERSION
              ? "is " + version + ", written by a newer Firebreak; update Firebreak to read it."
              : "must be a number from 1 to " + VERSION + ".");
    }
    List<Playbook> playbooks = list(root, "playbooks", "", false, PlaybookJson::readEntry);
    Set<String> names = new HashSet<>();
    for (int i = 0; i < playbooks.size(); i++) {
      if (!names.add(playbooks.get(i).nameKey())) {
        throw bad(
            "playbooks[" + i + "].name",
            "the name \"" + playbooks.get(i).name() + "\" appears twice in the file.");
      }
    }
    JsonNode c = JsonFields.object(root, "committee", "", false);
    return new PlanFile(playbooks, c == null ? null : committee(c));
  }

  private static Committee committee(JsonNode c) {
    String p = "committee.";
    MeetingCadence cadence = choice(c, "cadence", p, MeetingCadence.class, MeetingCadence.MONTHLY);
    String met = text(c, "lastMet", p, false, 40);
    Instant lastMet;
    try {
      lastMet = met.isEmpty() ? null : Instant.parse(met);
    } catch (DateTimeParseException e) {
      throw bad(p + "lastMet", "\"" + met + "\" is not a UTC time like 2026-11-24T08:00:00Z.");
    }
    List<String> tools =
        list(c, "publishingTools", p, false, (t, tp) -> JsonFields.line(t, tp, 100));
    List<CommitteeMember> members =
        list(
            c,
            "members",
            p,
            false,
            (m, mp) -> {
              objectEntry(m, mp);
              String q = mp + ".";
              return new CommitteeMember(
                  0,
                  text(m, "name", q, true, 200),
                  choice(m, "department", q, Department.class, Department.OTHER),
                  text(m, "role", q, false, 200),
                  text(m, "contact", q, false, 500),
                  text(m, "deputy", q, false, 200));
            });
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < members.size(); i++) {
      if (!seen.add(members.get(i).name().toLowerCase(Locale.ROOT))) {
        throw bad(
            p + "members[" + i + "].name", "\"" + members.get(i).name() + "\" appears twice.");
      }
    }
    return new Committee(members, cadence, lastMet, tools);
  }
}
