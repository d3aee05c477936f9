package org.firebreak.ui.common;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Desktop notifications (ControlsFX) from one place. The headless test run switches the pop-ups off
 * with {@code -Dfirebreak.notifications=off}: Monocle can stall rendering a pop-up window, and the
 * decision to notify is tested on its own.
 */
public final class DesktopNotice {
  private DesktopNotice() {}

  public static boolean enabled() {
    return !"off".equals(System.getProperty("firebreak.notifications"));
  }

  public static void warn(Window owner, String title, String text) {
    show(owner, title, text, false);
  }

  public static void error(Window owner, String title, String text) {
    show(owner, title, text, true);
  }

  private static void show(Window owner, String title, String text, boolean error) {
    if (!enabled() || owner == null) {
      return;
    }
    Notifications n =
        Notifications.create().owner(owner).title(title).text(text).hideAfter(Duration.seconds(8));
    if (error) {
      n.showError();
    } else {
      n.showWarning();
    }
  }
}
