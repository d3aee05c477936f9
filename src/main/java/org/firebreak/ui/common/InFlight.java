package org.firebreak.ui.common;

/**
 * Keeps a repeating background read to one run at a time. A call that comes while the last run is
 * still out either is dropped (a poll: the next tick asks again) or is remembered once and made
 * when that run ends (a refresh: it then reads the latest state). Without it, a poll every 0.5 s
 * queued behind reads that took seconds piled up in the runner's queue: at a million messages the
 * queue's "N new" showed an arrival 61 s late (p50). FX thread only.
 */
public final class InFlight {

  private boolean out;
  private Runnable again;

  /**
   * True when a run may start now, and marks it out; false while one is out, after remembering
   * {@code retry} (null drops the call) to be made once when that run ends.
   */
  public boolean start(Runnable retry) {
    if (out) {
      if (retry != null) {
        again = retry;
      }
      return false;
    }
    out = true;
    return true;
  }

  /** A result handler that first marks the run ended ({@link #done}), then hands the result on. */
  public <T> java.util.function.Consumer<T> then(java.util.function.Consumer<T> next) {
    return result -> {
      done();
      next.accept(result);
    };
  }

  /** The run that was out has ended (with a result or a failure): a remembered call is made now. */
  public void done() {
    out = false;
    Runnable next = again;
    again = null;
    if (next != null) {
      next.run();
    }
  }
}
