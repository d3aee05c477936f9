package org.firebreak.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Waits in UI tests for what a person would wait to see, never for a fixed time. */
public final class FxWait {

  private FxWait() {}

  /** Waits up to 30 seconds: a loaded CI machine is several times slower than a desk. */
  public static void until(Callable<Boolean> condition) throws Exception {
    until(30, condition);
  }

  /**
   * Waits until the condition holds, then lets the FX thread finish what it was doing. The
   * condition is read off the FX thread, so it may see an update half applied; a test that goes on
   * to read the rest of that update (a warning seen visible before its tooltip was set failed CI
   * once) must wait for the update to end.
   */
  public static void until(int seconds, Callable<Boolean> condition) throws Exception {
    WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    WaitForAsyncUtils.waitForFxEvents();
  }
}
