package org.firebreak.ui.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The two whole-queue figures a queue refresh shows beside its page: how many messages are overdue
 * and each person's open load (both aggregate the whole messages table). Read again only when the
 * incident's data changed (an import, a triage action: {@link #changed()}) or once {@link #FRESH}
 * has passed on the clock (time alone makes messages overdue; a drill's clock jumps); a page turn,
 * a filter change or bringing arrivals in reuses them. An arrival is never overdue at once (its
 * target counts from its arrival), so arrivals need not invalidate them.
 */
final class QueueTotals {

  /** How long the overdue count may be reused while nothing changed. */
  static final Duration FRESH = Duration.ofSeconds(15);

  /** The figures, as read at one moment. */
  record Figures(long overdueCount, Map<String, Long> openLoad) {}

  private record Cached(long version, Instant at, Figures figures) {}

  private final Function<Instant, Figures> load;
  private final AtomicLong version = new AtomicLong();
  private final AtomicLong loads = new AtomicLong();
  private volatile Cached cached;

  QueueTotals(Function<Instant, Figures> load) {
    this.load = load;
  }

  /** The incident's data changed: the next {@link #at} reads the figures again. */
  void changed() {
    version.incrementAndGet();
  }

  /** The figures at {@code now}; off the FX thread (may read the database). */
  Figures at(Instant now) {
    long v = version.get();
    Cached c = cached;
    if (c != null
        && c.version() == v
        && !now.isBefore(c.at())
        && now.isBefore(c.at().plus(FRESH))) {
      return c.figures();
    }
    Figures f = load.apply(now);
    loads.incrementAndGet();
    cached = new Cached(v, now, f); // a change during the read leaves v behind: read again next
    return f;
  }

  /** How many times the figures were read from the database (for the benchmark). */
  long loads() {
    return loads.get();
  }
}
