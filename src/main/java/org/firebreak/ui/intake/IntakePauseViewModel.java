package org.firebreak.ui.intake;

import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.firebreak.intake.IntakePause;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.TaskRunner;

/** The pause intake switch in the header: paused since when, and how many arrivals it holds. */
public final class IntakePauseViewModel {

  private final IntakePause pause;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final BooleanProperty paused = new SimpleBooleanProperty();
  private final ObjectProperty<Instant> pausedAt = new SimpleObjectProperty<>();
  private final LongProperty held = new SimpleLongProperty();
  private final BooleanProperty busy = new SimpleBooleanProperty();

  private final org.firebreak.ui.common.ReadFailures failures;

  public IntakePauseViewModel(
      IntakePause pause,
      TaskRunner runner,
      DataChanged dataChanged,
      org.firebreak.ui.common.ReadFailures failures) {
    this.failures = failures;
    this.pause = pause;
    this.runner = runner;
    this.dataChanged = dataChanged;
    dataChanged.subscribe(this::refresh);
  }

  /** Reads the state again (new arrivals change the held count). */
  public void refresh() {
    if (!reading.start(this::refresh)) {
      return; // read again once the read that is out comes back
    }
    runner.run(
        pause::state,
        reading.then(failures.ok("failed.intakePause", this::show)),
        reading.then(failures.of("failed.intakePause")));
  }

  private final org.firebreak.ui.common.InFlight reading = new org.firebreak.ui.common.InFlight();

  /** Pauses, or releases what is held when paused; the queue then reloads. */
  public void toggle(java.util.function.Consumer<Throwable> failed) {
    boolean release = paused.get();
    busy.set(true);
    runner.run(
        () -> release ? pause.release() : pause.pause(),
        state -> {
          busy.set(false);
          show(state);
          dataChanged.fire();
        },
        e -> {
          busy.set(false);
          failed.accept(e);
        });
  }

  private void show(IntakePause.State state) {
    paused.set(state.paused());
    pausedAt.set(state.pausedAt().orElse(null));
    held.set(state.held());
  }

  public BooleanProperty pausedProperty() {
    return paused;
  }

  public ObjectProperty<Instant> pausedAtProperty() {
    return pausedAt;
  }

  public LongProperty heldProperty() {
    return held;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
