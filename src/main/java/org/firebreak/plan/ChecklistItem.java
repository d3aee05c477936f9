package org.firebreak.plan;

import java.time.Instant;

/**
 * One first step of a declared incident, ticked off with who and when.
 *
 * @param text the step; for PAUSE_POSTS the publishing tool's name, for NOTIFY who to tell
 */
public record ChecklistItem(
    long id, int position, Kind kind, String text, Instant doneAt, String doneBy) {

  public enum Kind {
    STEP,
    PAUSE_POSTS,
    NOTIFY
  }

  public boolean done() {
    return doneAt != null;
  }
}
