package org.firebreak.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way views and view models run work off the FX thread. Results and failures come back on
 * the FX thread; tests swap in a runner that waits for them.
 */
public interface TaskRunner {

  <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

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
