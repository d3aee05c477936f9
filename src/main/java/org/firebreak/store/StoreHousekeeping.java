package org.firebreak.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Online compaction of the open database file, off the FX thread. With {@code WRITE_DELAY=0} (every
 * commit on disk before it returns, ADR 0003) H2 stops its background writer, and with it the
 * housekeeping that rewrites half-empty chunks: the file then grew by one chunk per commit until
 * close (about 7 KB a message under a steady trickle). This does that housekeeping on a timer
 * instead, through H2's own {@link MVStore#compact}; the freed chunks are reused once H2's
 * retention time has passed (ADR 0021).
 */
final class StoreHousekeeping implements AutoCloseable {

  /** How often the file is compacted. */
  static final long PERIOD_SECONDS = 10;

  /** How often H2's page cache is brought back under its limit when it has outgrown it. */
  static final long TRIM_PERIOD_SECONDS = 2;

  /** Chunks fuller than this are left alone (H2's own default for auto-compaction). */
  static final int TARGET_FILL_RATE = 90;

  /** At most this much is rewritten per round, so a round stays short. */
  static final int WRITE_LIMIT = 16 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(StoreHousekeeping.class);

  /** Rounds that ran, were skipped under a long read, failed; cache trims. */
  private final AtomicLongArray tally = new AtomicLongArray(4);

  private ScheduledExecutorService timer;

  private StoreHousekeeping() {}

  static StoreHousekeeping start(Database db) {
    StoreHousekeeping h = new StoreHousekeeping();
    h.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = Executors.defaultThreadFactory().newThread(r);
              t.setName("database-housekeeping");
              t.setDaemon(true);
              t.setPriority(Thread.MIN_PRIORITY);
              return t;
            });
    h.timer.scheduleWithFixedDelay(
        () -> h.compactQuietly(db), PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
    h.timer.scheduleWithFixedDelay(
        () -> h.trimQuietly(db), TRIM_PERIOD_SECONDS, TRIM_PERIOD_SECONDS, TimeUnit.SECONDS);
    return h;
  }

  /** What the timer has done so far: rounds run, skipped under a long read, failed; trims. */
  long[] tally() {
    long[] out = new long[tally.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tally.get(i);
    }
    return out;
  }

  /**
   * One round, skipped while a long cursor read holds the file steady (it is tried again in {@link
   * #PERIOD_SECONDS}); true when it ran.
   */
  static boolean round(Database db) {
    if (!db.steady.writeLock().tryLock()) {
      return false;
    }
    try {
      db.read(StoreHousekeeping::compact);
      return true;
    } finally {
      db.steady.writeLock().unlock();
    }
  }

  private void compactQuietly(Database db) {
    try {
      tally.incrementAndGet(round(db) ? 0 : 1);
    } catch (RuntimeException e) {
      // a missed round only means a larger file until the next one
      tally.incrementAndGet(2);
      LOG.info("Database housekeeping failed: {}", e.toString());
    }
  }

  /** Apart from the compaction: a cursor holding that off, or its failure, never stops a trim. */
  private void trimQuietly(Database db) {
    try {
      if (db.read(c -> trimCache(mvStore(c)))) {
        tally.incrementAndGet(3);
      }
    } catch (RuntimeException e) {
      LOG.info("Database cache trim failed: {}", e.toString());
    }
  }

  /** Rewrites the file's half-empty chunks; true when anything was rewritten. */
  static boolean compact(Connection c) throws SQLException {
    MVStore store = mvStore(c);
    if (store == null || store.isClosed()) {
      return false;
    }
    return store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
  }

  /**
   * Brings H2's page cache back under its limit when it has grown past a quarter over it. The cache
   * keeps the pages it evicts behind weak references, and a page read again from there becomes
   * resident without anything else being evicted (only the next page read from the file evicts). In
   * the hour's soak the cache reported up to 171 MB against its 16 MB limit, and the live heap rose
   * with it; trimmed only past twice the limit every 10 s, it still swung between 15 and 47 MB, and
   * the heap after GC with it (ADR 0027). Setting the size again is H2's own way to empty it
   * ({@link #emptyCache}).
   */
  static boolean trimCache(MVStore store) {
    if (store == null || store.isClosed()) {
      return false;
    }
    int limit = store.getCacheSize();
    if (limit > 0 && store.getCacheSizeUsed() > limit + limit / 4) {
      emptyCache(store);
      return true;
    }
    return false;
  }

  /**
   * Empties H2's page cache and keeps its limit. H2 gives the limit in megabytes and takes it in
   * kilobytes: setting back what it gives would shrink the cache to 1 MB.
   */
  static void emptyCache(MVStore store) {
    store.setCacheSize(store.getCacheSize() * 1024);
  }

  static MVStore mvStore(Connection c) throws SQLException {
    if (c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local) {
      return local.getDatabase().getStore().getMvStore();
    }
    return null;
  }

  /** Stops the timer; a round in progress finishes first (briefly). */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
