package org.firebreak.triage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.firebreak.queue.Message;
import org.firebreak.store.LabelAdminStore;
import org.firebreak.store.TriageStore;

/** Labels and the rules that put them on messages. */
public final class LabelService {

  private final LabelAdminStore store;
  private final TriageStore triage;
  private final Clock clock;

  public LabelService(LabelAdminStore store, TriageStore triage, Clock clock) {
    this.store = store;
    this.triage = triage;
    this.clock = clock;
  }

  public Label create(
      String name, String colour, String description, Integer hotkey, String actor) {
    Label label =
        new Label(
            0,
            LabelNames.check(name),
            LabelNames.checkColour(colour),
            blankToNull(description),
            LabelNames.checkHotkey(hotkey));
    return store.create(label, actor, clock.instant());
  }

  public void update(
      long id, String name, String colour, String description, Integer hotkey, String actor) {
    store.update(
        new Label(
            id,
            LabelNames.check(name),
            LabelNames.checkColour(colour),
            blankToNull(description),
            LabelNames.checkHotkey(hotkey)),
        actor,
        clock.instant());
  }

  /** Deletes a label; its messages move to another label, or simply lose this one. */
  public int delete(long id, Long moveTo, String actor) {
    if (moveTo != null && moveTo == id) {
      throw new TriageRuleException("Choose another label to move the messages to.", "moveTo");
    }
    return store.delete(id, moveTo, actor, clock.instant());
  }

  public LabelRule addRule(long labelId, LabelRule.Kind kind, String value, String actor) {
    LabelRule rule = new LabelRule(0, labelId, kind, value == null ? "" : value.strip());
    RuleMatcher.validate(rule);
    return store.addRule(rule, actor, clock.instant());
  }

  public List<LabelRule> rules() {
    return store.rules();
  }

  /** How many stored messages the rule would label (that do not carry the label yet). */
  public long preview(LabelRule rule) {
    RuleMatcher matcher = new RuleMatcher(rule);
    AtomicLong count = new AtomicLong();
    store.scanWithout(
        rule.labelId(),
        batch ->
            batch.forEach(
                m -> {
                  if (matcher.matches(m)) {
                    count.incrementAndGet();
                  }
                }));
    return count.get();
  }

  /** Applies a rule to everything already stored, as one change set that undo can revert. */
  public ChangeSet apply(LabelRule rule, String actor) {
    RuleMatcher matcher = new RuleMatcher(rule);
    List<Long> ids = new ArrayList<>();
    store.scanWithout(
        rule.labelId(),
        batch -> batch.stream().filter(matcher::matches).map(Message::id).forEach(ids::add));
    return triage.addLabel(ids, rule.labelId(), actor, clock.instant());
  }

  /**
   * Labels newly stored messages by every rule; intake calls this after each committed batch (the
   * batch's own transaction already put "needs reply" on the messages waiting for an answer).
   */
  public void applyToNew(long[] messageIds) {
    List<LabelRule> rules = store.rules();
    if (rules.isEmpty()) {
      return;
    }
    List<Message> messages = store.load(messageIds);
    for (LabelRule rule : rules) {
      RuleMatcher matcher = new RuleMatcher(rule);
      List<Long> ids = messages.stream().filter(matcher::matches).map(Message::id).toList();
      if (!ids.isEmpty()) {
        triage.addLabel(ids, rule.labelId(), "rule " + rule.id(), clock.instant());
      }
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
