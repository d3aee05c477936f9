package org.firebreak.ui.statements;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debounce} on the FX thread's timer: the action runs after {@code millis} of quiet. */
public final class FxDebounce implements Debounce {

  private final PauseTransition pause;

  public FxDebounce(int millis) {
    pause = new PauseTransition(Duration.millis(millis));
  }

  @Override
  public void restart(Runnable action) {
    pause.stop();
    pause.setOnFinished(e -> action.run());
    pause.playFromStart();
  }
}
