package org.firebreak.queue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.store.SavedViewStore;
import org.firebreak.triage.TriageRuleException;

/** The queue's saved views: the built-in ones, then the team's own. */
public final class SavedViews {

  private final SavedViewStore store;
  private final Clock clock;

  public SavedViews(SavedViewStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<SavedView> all() {
    List<SavedView> out = new ArrayList<>(SavedView.BUILT_IN);
    out.addAll(store.all());
    return out;
  }

  /** Saves the current filter under a name (unique without regard to case). */
  public SavedView save(String name, SavedView current, String actor) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new TriageRuleException("The view needs a name.", "name");
    }
    if (n.length() > SavedView.MAX_NAME) {
      throw new TriageRuleException(
          "The name is longer than " + SavedView.MAX_NAME + " characters.", "name");
    }
    return store.add(current.named(n), actor, clock.instant());
  }
}
