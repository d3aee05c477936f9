package org.firebreak.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A view's timer may tick while its window closes or moves to another database, on the FX thread,
 * as the old runner shuts down on another. The tick must find nothing to do, never an error.
 */
class FxTaskRunnerTest {

  @Test
  void workSubmittedWhileTheRunnerShutsDownIsDroppedQuietly() throws Exception {
    FxToolkit.registerPrimaryStage(); // the toolkit, started once per JVM as the UI tests start it
    List<Throwable> thrown = new ArrayList<>();
    for (int round = 0; round < 50; round++) {
      FxTaskRunner runner = new FxTaskRunner();
      CountDownLatch started = new CountDownLatch(1);
      Thread ticks =
          new Thread(
              () -> {
                started.countDown();
                try {
                  for (int i = 0; i < 2_000; i++) {
                    runner.runQuick(() -> 1, r -> {}, e -> {});
                    runner.run(() -> 1, r -> {}, e -> {});
                  }
                } catch (RuntimeException e) {
                  synchronized (thrown) {
                    thrown.add(e);
                  }
                }
              });
      ticks.start();
      assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
      runner.shutdown();
      ticks.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertThat(thrown).as("errors from a submit racing the shutdown").isEmpty();
  }
}
