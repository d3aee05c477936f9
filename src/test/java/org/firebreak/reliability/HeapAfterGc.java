package org.firebreak.reliability;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
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

  /**
   * Bytes the heap held when a confirmed full collection ended (or the last collection, after ten
   * tries without a full one).
   */
  long usedBytes() throws InterruptedException {
    long before = fullCollections();
    for (int attempt = 0; attempt < 10; attempt++) {
      System.gc();
      if (fullCollections() > before || fullCollectors.isEmpty()) {
        break;
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    // what each heap pool held when that collection ended: the load keeps allocating meanwhile,
    // and the heap's current use would count that too
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
        .mapToLong(pool -> pool.getCollectionUsage().getUsed())
        .sum();
  }

  private long fullCollections() {
    return fullCollectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }
}
