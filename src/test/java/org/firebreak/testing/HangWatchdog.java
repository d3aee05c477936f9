package org.firebreak.testing;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Ends a test JVM whose test has hung, after writing where every thread stood. Surefire's own fork
 * timeout does not kill a JVM whose JavaFX thread is stuck (SUREFIRE-1722), so without this a stuck
 * headless test would hold CI until its wall-clock limit. No test here needs over a minute on an
 * idle machine; {@code -Dfirebreak.test.hangSeconds} changes the limit.
 */
public final class HangWatchdog implements TestExecutionListener {
  private static final long LIMIT_SECONDS = Long.getLong("firebreak.test.hangSeconds", 300);

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "hang-watchdog");
            t.setDaemon(true);
            return t;
          });
  private volatile ScheduledFuture<?> pending;

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      pending = timer.schedule(() -> halt(test), LIMIT_SECONDS, TimeUnit.SECONDS);
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    ScheduledFuture<?> running = pending;
    if (test.isTest() && running != null) {
      running.cancel(false);
    }
  }

  private static void halt(TestIdentifier test) {
    StringBuilder dump = new StringBuilder();
    dump.append("HANG: ")
        .append(test.getDisplayName())
        .append(" (")
        .append(test.getUniqueId())
        .append(") ran over ")
        .append(LIMIT_SECONDS)
        .append(" s; the test JVM is stopped. Threads:\n");
    for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
      dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
      if (thread.getLockName() != null) {
        dump.append(" on ").append(thread.getLockName());
      }
      dump.append('\n');
      for (StackTraceElement frame : thread.getStackTrace()) {
        dump.append("\tat ").append(frame).append('\n');
      }
    }
    // the process's own error stream: surefire's captured System.err would be lost with the halt
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
    err.println(dump);
    try {
      Path file = Path.of("target", "hang-threads.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, dump);
    } catch (IOException e) {
      System.err.println("HANG: could not write target/hang-threads.txt: " + e);
    }
    Runtime.getRuntime().halt(3);
  }
}
