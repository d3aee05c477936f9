package org.firebreak.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Runs work on a small app-owned pool and hands results to the FX thread. */
public final class FxTaskRunner implements TaskRunner {

  private final ExecutorService executor;

  /** Short reads only, so one never waits behind a whole-table read on the pool (runQuick). */
  private final ExecutorService quick;

  public FxTaskRunner() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads =
        r -> {
          Thread t = Executors.defaultThreadFactory().newThread(r);
          t.setName("firebreak-worker-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.executor = Executors.newFixedThreadPool(3, threads);
    this.quick = Executors.newSingleThreadExecutor(threads);
  }

  @Override
  public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    submit(executor, work, onSuccess, onFailure);
  }

  @Override
  public <T> void runQuick(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    submit(quick, work, onSuccess, onFailure);
  }

  private static <T> void submit(
      ExecutorService on, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    try {
      on.execute(
          () -> {
            try {
              T result = work.call();
              Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
              Platform.runLater(() -> onFailure.accept(e));
            }
          });
    } catch (RejectedExecutionException closing) {
      // the window is closing (or has moved to another database): a late timer tick has nothing
      // left to refresh. Caught rather than checked first: shutdown runs on another thread and can
      // fall between a check and the submit (seen in CI as an error from a poll's tick)
    }
  }

  @Override
  public void shutdown() {
    executor.shutdown();
    quick.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
      quick.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
