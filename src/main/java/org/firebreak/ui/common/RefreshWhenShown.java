package org.firebreak.ui.common;

/**
 * Refreshes a view's data only while it is on screen. A change while it is hidden marks it stale;
 * showing it again refreshes once. So a triage keystroke on the Queue does not recompute the
 * Monitor's and the Replies tab's figures that nobody is looking at.
 */
public final class RefreshWhenShown {

  private final Runnable refresh;
  private boolean shown;
  private boolean stale;

  /**
   * @param shown whether the view starts on screen
   */
  public RefreshWhenShown(Runnable refresh, boolean shown) {
    this.refresh = refresh;
    this.shown = shown;
  }

  /** The data changed: refresh now if on screen, otherwise when next shown. */
  public void changed() {
    if (shown) {
      refresh.run();
    } else {
      stale = true;
    }
  }

  public void setShown(boolean now) {
    shown = now;
    if (now && stale) {
      stale = false;
      refresh.run();
    }
  }

  public boolean isStale() {
    return stale;
  }
}
