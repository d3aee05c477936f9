package org.firebreak.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way views and view models run work off the FX thread. Results and failures come back on
 * the FX thread; tests swap in a runner that waits for them.
 */
public interface TaskRunner {

  <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /**
   * Runs a short read that must not queue behind long ones (a poll a person watches, such as the
   * queue's "N new"); by default the same as {@link #run}.
   */
  default <T> void runQuick(
      Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    run(work, onSuccess, onFailure);
  }

  /** Runs work whose only result is a failure to report. */
  default void execute(Runnable work, Runnable onDone, Consumer<Throwable> onFailure) {
    run(
        () -> {
          work.run();
          return null;
        },
        ignored -> onDone.run(),
        onFailure);
  }

  void shutdown();
}
