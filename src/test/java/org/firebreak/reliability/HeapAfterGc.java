package org.firebreak.reliability;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The live heap, read after a full collection that really ran. {@code System.gc()} is only a
 * request: while a thread holds the GC locker (a JNI critical section, such as the Deflater a
 * backup or session export uses) the JVM skips it, and reading the heap then counts garbage. So
 * this asks again every half second until the full collector's count has moved.
 */
final class HeapAfterGc {

  private final List<GarbageCollectorMXBean> fullCollectors =
      ManagementFactory.getGarbageCollectorMXBeans().stream()
          .filter(
              gc ->
                  gc.getName().contains("Old")
                      || gc.getName().contains("Full")
                      || gc.getName().contains("MarkSweep"))
          .toList();

  /** Bytes in use right after a confirmed full collection (or after ten tries, if none came). */
  long usedBytes() throws InterruptedException {
    long before = fullCollections();
    for (int attempt = 0; attempt < 10; attempt++) {
      System.gc();
      if (fullCollections() > before || fullCollectors.isEmpty()) {
        break;
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private long fullCollections() {
    return fullCollectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }
}
