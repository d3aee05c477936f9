package org.firebreak.ui.statements;

/**
 * Runs an action once typing pauses: each call replaces the pending one. The app waits ~300 ms on
 * the FX thread's timer; tests run the action at once.
 */
@FunctionalInterface
public interface Debounce {

  void restart(Runnable action);

  /** No waiting: for tests and for loading a statement. */
  static Debounce immediate() {
    return Runnable::run;
  }
}
