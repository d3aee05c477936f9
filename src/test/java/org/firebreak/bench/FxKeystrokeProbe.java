package org.firebreak.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.testing.HeadlessFx;
import org.firebreak.ui.Console;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * The FX thread during one triage keystroke, headless (Monocle): the whole console on the bench
 * database, a key pressed on the queue, and every slice of FX-thread work that follows until the
 * views have settled — the key's handling, each result handed back from the database, and each
 * pulse's CSS and layout. The longest slice is what a person could feel as a stall.
 */
final class FxKeystrokeProbe {

  private final List<Long> slices = new ArrayList<>();
  private final List<Long> cpu = new ArrayList<>();
  private final java.lang.management.ThreadMXBean threads =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private final List<String> sources = new ArrayList<>();
  private final java.util.Map<String, Integer> worstBy = new java.util.TreeMap<>();
  private final AtomicInteger pending = new AtomicInteger();
  private long pulseStart;
  private long pulseCpuStart;
  private TableView<?> table;

  private TimedRunner runner;

  /** Per keystroke: the longest FX slice, in nanoseconds; the console is closed after. */
  long[] run(Services services, int keystrokes) throws Exception {
    start(services);
    try {
      return keystrokes(keystrokes);
    } finally {
      close();
    }
  }

  /** Shows the whole console on the database and waits until its first page has settled. */
  void start(Services services) throws Exception {
    HeadlessFx.startToolkit();
    runner = new TimedRunner(new FxTaskRunner());
    onFx(
        () -> {
          I18n i18n = new I18n(Locale.ENGLISH);
          Console console = new Console(services, runner, i18n, new ErrorReporter(i18n), u -> {});
          Scene scene = new Scene(console.root(), 1280, 800);
          scene.addPreLayoutPulseListener(
              () -> {
                pulseStart = System.nanoTime();
                pulseCpuStart = threads.getCurrentThreadCpuTime();
              });
          scene.addPostLayoutPulseListener(
              () -> record("pulse", System.nanoTime() - pulseStart, pulseCpuStart));
          Stage stage = new Stage();
          stage.setScene(scene);
          stage.show();
          console.start();
          table = (TableView<?>) scene.lookup("#queueTable");
          return null;
        });
    awaitSettled(() -> table.getItems().size() == 200);
  }

  /** Presses E on each of the first rows in turn; per keystroke the longest FX slice. */
  long[] keystrokes(int keystrokes) throws Exception {
    long[] worst = new long[keystrokes];
    long[] worstCpu = new long[keystrokes];
    for (int k = 0; k < keystrokes; k++) {
      int row = k;
      synchronized (slices) {
        slices.clear();
        cpu.clear();
        sources.clear();
      }
      onFx(
          () -> {
            table.getSelectionModel().clearAndSelect(row);
            table.requestFocus();
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            KeyEvent.fireEvent(
                table,
                new KeyEvent(
                    KeyEvent.KEY_PRESSED, "e", "e", KeyCode.E, false, false, false, false));
            record("key", System.nanoTime() - t0, c0);
            return null;
          });
      awaitSettled(() -> true);
      synchronized (slices) {
        int at = 0;
        for (int i = 1; i < slices.size(); i++) {
          at = slices.get(i) > slices.get(at) ? i : at;
        }
        worst[k] = slices.isEmpty() ? 0 : slices.get(at);
        worstCpu[k] = cpu.stream().mapToLong(Long::longValue).max().orElse(0);
        if (!slices.isEmpty()) {
          worstBy.merge(sources.get(at), 1, Integer::sum);
        }
      }
    }
    System.out.printf(
        "{\"note\":\"longest FX slice per keystroke came from (source: keystrokes): %s\"}%n",
        worstBy);
    System.out.printf(
        Locale.ROOT,
        "{\"note\":\"the same slices in FX-thread CPU time (what the code costs, without the"
            + " waits for a core on a loaded machine): longest per keystroke p50 %.1f ms, p95 %.1f"
            + " ms\"}%n",
        Figures.percentile(worstCpu, 0.5),
        Figures.percentile(worstCpu, 0.95));
    return worst;
  }

  /**
   * The FX thread while {@code work} runs on the calling thread: every 20 ms a probe is posted to
   * the FX thread, and the time until it runs is how long a key or a click would have waited.
   * Prints the wait and the FX slices (pulses and result handlers) of that time beside their
   * limits.
   */
  void whileRunning(String name, Runnable work) throws Exception {
    synchronized (slices) {
      slices.clear();
      cpu.clear();
      sources.clear();
    }
    List<Long> waits = java.util.Collections.synchronizedList(new ArrayList<>());
    java.util.concurrent.ScheduledExecutorService ticker =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
    ticker.scheduleAtFixedRate(
        () -> {
          long posted = System.nanoTime();
          Platform.runLater(() -> waits.add(System.nanoTime() - posted));
        },
        0,
        20,
        TimeUnit.MILLISECONDS);
    long t0 = System.nanoTime();
    try {
      work.run();
    } finally {
      ticker.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long[] waited;
    long[] sliced;
    synchronized (waits) {
      waited = waits.stream().mapToLong(Long::longValue).toArray();
    }
    synchronized (slices) {
      sliced = slices.stream().mapToLong(Long::longValue).toArray();
    }
    awaitSettled(() -> true);
    System.out.printf(
        Locale.ROOT,
        "{\"note\":\"%s: %.1f s, %d probes posted to the FX thread, %d FX slices\"}%n",
        name,
        seconds,
        waited.length,
        sliced.length);
    Figures.ceiling(name + "_fx_wait_p99", Figures.percentile(waited, 0.99), "ms", 100);
    Figures.ceiling(name + "_fx_wait_longest", Figures.percentile(waited, 1.0), "ms", 100);
    Figures.ceiling(name + "_fx_slice_p99", Figures.percentile(sliced, 0.99), "ms", 16);
  }

  void close() {
    runner.shutdown();
    Platform.exit();
  }

  private void record(String source, long nanos, long cpuStart) {
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    synchronized (slices) {
      slices.add(nanos);
      cpu.add(cpuNanos);
      sources.add(source);
    }
  }

  /** The class a result handler was written in: where its FX time goes. */
  private static String source(Object handler) {
    String name = handler.getClass().getName();
    int lambda = name.indexOf("$$");
    name = lambda < 0 ? name : name.substring(0, lambda);
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** Waits until no background work is in flight and a few pulses have passed. */
  private void awaitSettled(Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    int quiet = 0;
    while (quiet < 3) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the console did not settle in 60 s");
      }
      boolean done = pending.get() == 0 && onFx(condition);
      quiet = done ? quiet + 1 : 0;
      // one frame: lets a pulse run between checks
      CompletableFuture.runAsync(
              () -> {}, CompletableFuture.delayedExecutor(17, TimeUnit.MILLISECONDS))
          .get();
    }
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(work.call());
          } catch (Exception e) {
            result.completeExceptionally(e);
          }
        });
    return result.get(60, TimeUnit.SECONDS);
  }

  /** Times each result handler on the FX thread and counts work in flight. */
  private final class TimedRunner implements TaskRunner {
    private final TaskRunner inner;

    TimedRunner(TaskRunner inner) {
      this.inner = inner;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
      pending.incrementAndGet();
      inner.run(
          work,
          r -> {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            try {
              onSuccess.accept(r);
            } finally {
              record(source(onSuccess), System.nanoTime() - t0, c0);
              pending.decrementAndGet();
            }
          },
          e -> {
            try {
              onFailure.accept(e);
            } finally {
              pending.decrementAndGet();
            }
          });
    }

    @Override
    public void shutdown() {
      inner.shutdown();
    }
  }
}
