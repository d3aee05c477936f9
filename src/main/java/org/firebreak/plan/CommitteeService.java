package org.firebreak.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.firebreak.store.CommitteeStore;

/**
 * The social media committee: people from across the company who meet regularly, weekly or monthly;
 * a reminder when the meeting is overdue, by the injected clock.
 */
public final class CommitteeService {

  private final CommitteeStore store;
  private final Clock clock;

  public CommitteeService(CommitteeStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Committee load() {
    return store.load();
  }

  /** The reminder now, if the meeting is overdue. */
  public Optional<Committee.Reminder> reminder() {
    return store.load().reminder(clock.instant());
  }

  /** Adds a member, or changes the one with that id (or, for id 0, that name). */
  public CommitteeMember save(CommitteeMember m, String actor) {
    String name = JsonFields.text(node("name", m.name()), "name", "", true, 200);
    if (m.department() == null) {
      throw new PlanRuleException("department", "department: choose where the member works.");
    }
    CommitteeMember clean =
        new CommitteeMember(
            m.id(),
            name,
            m.department(),
            optional("role", m.role(), 200),
            optional("contact", m.contact(), 500),
            optional("deputy", m.deputy(), 200));
    return store.save(clean, actor, clock.instant());
  }

  public void remove(long id, String actor) {
    store.delete(id, actor, clock.instant());
  }

  /** The committee met now. */
  public void markMet(String actor) {
    store.markMet(clock.instant(), actor, clock.instant());
  }

  public void setCadence(MeetingCadence cadence, String actor) {
    store.setCadence(cadence, actor, clock.instant());
  }

  /** The publishing tools whose scheduled posts a declaration asks to pause. */
  public void setPublishingTools(List<String> tools, String actor) {
    List<String> clean =
        tools.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    for (String t : clean) {
      if (t.length() > 100) {
        throw new PlanRuleException(
            "publishingTools", "publishingTools: \"" + t + "\" is longer than 100 characters.");
      }
    }
    store.setPublishingTools(clean, actor, clock.instant());
  }

  private static String optional(String field, String value, int max) {
    String s = JsonFields.text(node(field, value), field, "", false, max);
    return s.isEmpty() ? null : s;
  }

  private static com.fasterxml.jackson.databind.JsonNode node(String field, String value) {
    return PlaybookJson.MAPPER.createObjectNode().put(field, value);
  }
}
