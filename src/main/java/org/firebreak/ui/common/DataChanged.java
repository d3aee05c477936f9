package org.firebreak.ui.common;

import java.util.ArrayList;
import java.util.List;

/** Tells every view model that the incident's data changed (declared, demo loaded, imported). */
public final class DataChanged {
  private final List<Runnable> listeners = new ArrayList<>();

  public void subscribe(Runnable listener) {
    listeners.add(listener);
  }

  public void unsubscribe(Runnable listener) {
    listeners.remove(listener);
  }

  public void fire() {
    List.copyOf(listeners).forEach(Runnable::run);
  }
}
