package org.firebreak.queue;

import java.util.List;

/**
 * A named queue view: a status, a label (by name, so the starter "press" label of any incident
 * fits), "waiting on us", "overdue", a minimum reach and a sort. Built-in views carry a message key
 * instead of a stored id.
 */
public record SavedView(
    long id,
    String name,
    String builtInKey,
    MessageStatus status,
    String labelName,
    boolean waitingOnUs,
    boolean overdue,
    long minReach,
    QueueSort sort,
    boolean descending) {

  public static final int MAX_NAME = 80;
  public static final long HIGH_REACH = 10_000;

  public SavedView {
    sort = sort == null ? QueueSort.RECEIVED : sort;
  }

  /** "Needs reply", "High reach" and "Press", in every incident. */
  public static final List<SavedView> BUILT_IN =
      List.of(
          new SavedView(
              0,
              null,
              "view.needsReply",
              MessageStatus.NEEDS_REPLY,
              null,
              false,
              false,
              0,
              QueueSort.RECEIVED,
              true),
          new SavedView(
              0,
              null,
              "view.highReach",
              null,
              null,
              false,
              false,
              HIGH_REACH,
              QueueSort.REACH,
              true),
          new SavedView(
              0, null, "view.press", null, "press", false, false, 0, QueueSort.RECEIVED, true));

  public boolean builtIn() {
    return builtInKey != null;
  }

  public SavedView named(String newName) {
    return new SavedView(
        id, newName, null, status, labelName, waitingOnUs, overdue, minReach, sort, descending);
  }
}
