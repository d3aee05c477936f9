package org.firebreak.ui.common;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The views' own background reads (and the few saves nobody waits on) that failed. A failure is
 * logged once per streak, and the latest failure of a view that has not read since stays in the
 * status bar (which view, when, why), so a stale queue or figure never passes for a current one. A
 * poll that keeps failing keeps it there without a dialog on every tick. All calls are on the FX
 * thread.
 */
public final class ReadFailures {

  private static final Logger LOG = LoggerFactory.getLogger(ReadFailures.class);

  private final I18n i18n;
  private final Formats formats;
  private final Clock clock;
  private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");

  /** Views failing now, oldest first: their status text and cause. */
  private final Map<String, String[]> failing = new LinkedHashMap<>();

  public ReadFailures(I18n i18n, Formats formats, Clock clock) {
    this.i18n = i18n;
    this.formats = formats;
    this.clock = clock;
  }

  /** The failure handler of a view's read; {@code view} is the bundle key of what failed. */
  public Consumer<Throwable> of(String view) {
    return e -> {
      if (failing.containsKey(view)) {
        LOG.debug("{} failed again", view, e);
      } else {
        LOG.warn("{} failed", view, e);
      }
      failing.remove(view);
      failing.put(
          view,
          new String[] {
            i18n.get("status.readFailed", i18n.get(view), formats.time(clock.instant())),
            ErrorReporter.message(e)
          });
      show();
    };
  }

  /** A success of that view: its failure leaves the status bar. */
  public void ok(String view) {
    if (failing.remove(view) != null) {
      show();
    }
  }

  /** Wraps a view's result handler so that its success clears its failure first. */
  public <T> Consumer<T> ok(String view, Consumer<T> onSuccess) {
    return result -> {
      ok(view);
      onSuccess.accept(result);
    };
  }

  private void show() {
    String[] latest = failing.values().stream().reduce((a, b) -> b).orElse(new String[] {"", ""});
    detail.set(latest[1]); // first: the warning appears with its cause already in place
    shown.set(latest[0]);
  }

  /** What the status bar shows: empty while every view reads. */
  public ReadOnlyStringProperty shownProperty() {
    return shown.getReadOnlyProperty();
  }

  /** The cause, for the tooltip. */
  public ReadOnlyStringProperty detailProperty() {
    return detail.getReadOnlyProperty();
  }
}
