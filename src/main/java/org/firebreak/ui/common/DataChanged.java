package org.firebreak.ui.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells every view model that the incident's data changed (declared, demo loaded, imported), or
 * only that a triage action changed statuses, labels, assignments or replies. A view whose figures
 * a triage action cannot move (message volume) can listen to the first kind only. Listeners live as
 * long as the console that made them: there is no unsubscribe (a removal by a method reference
 * would never match and so remove nothing).
 */
public final class DataChanged {
  private final List<Runnable> listeners = new ArrayList<>();
  private final List<Runnable> triageListeners = new ArrayList<>();

  /** Called on every change, triage included. */
  public void subscribe(Runnable listener) {
    listeners.add(listener);
    triageListeners.add(listener);
  }

  /** {@code onAny} on a change of the incident's data, {@code onTriage} on a triage action. */
  public void subscribe(Runnable onAny, Runnable onTriage) {
    listeners.add(onAny);
    triageListeners.add(onTriage);
  }

  public void fire() {
    List.copyOf(listeners).forEach(Runnable::run);
  }

  /** A triage action (status, label, assignment, reply, undo) was committed. */
  public void fireTriage() {
    List.copyOf(triageListeners).forEach(Runnable::run);
  }
}
