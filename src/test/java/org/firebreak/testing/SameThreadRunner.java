package org.firebreak.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.firebreak.ui.common.TaskRunner;

/**
 * Runs work at once on the calling thread, so view-model tests need no toolkit. Held, it queues the
 * work instead, and the test releases it in any order (to prove stale results are dropped).
 */
public final class SameThreadRunner implements TaskRunner {

  private final Deque<Runnable> held = new ArrayDeque<>();
  private boolean holding;

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    Runnable job =
        () -> {
          T result;
          try {
            result = work.call();
          } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
          }
          onSuccess.accept(result);
        };
    if (holding) {
      held.add(job);
    } else {
      job.run();
    }
  }

  public void hold() {
    holding = true;
  }

  /** Runs the held work newest first, then stops holding. */
  public void releaseNewestFirst() {
    holding = false;
    while (!held.isEmpty()) {
      held.removeLast().run();
    }
  }

  @Override
  public void shutdown() {}
}
