package org.firebreak.intake;

import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for the live intake sources, so a stuck one never keeps the JVM alive. */
public final class DaemonThreads {

  private DaemonThreads() {}

  public static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = Executors.defaultThreadFactory().newThread(r);
      t.setName(prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
