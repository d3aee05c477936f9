package org.firebreak.ui.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.firebreak.triage.Label;
import org.firebreak.triage.TeamMember;

/**
 * What a queue refresh shows beside its page that does not depend on the page: the labels, the
 * team, how many messages are overdue and each person's open load. Read again only when the
 * incident's data changed (an import, a triage action: {@link #changed()}) or, for the overdue
 * count, which grows with time alone, once {@link #FRESH} has passed; a page turn, a filter change
 * or bringing arrivals in reuses them.
 */
final class QueueTotals {

  /** How long the overdue count may be reused while nothing changed. */
  static final Duration FRESH = Duration.ofSeconds(15);

  /** The figures, as read at one moment. */
  record Figures(
      List<Label> labels, List<TeamMember> team, long overdueCount, Map<String, Long> openLoad) {}

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
