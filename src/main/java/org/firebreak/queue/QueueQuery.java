package org.firebreak.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * What the queue asks the database for: a filter, a sort and a window. The database does the
 * filtering, sorting and paging; the view only ever holds one window.
 *
 * @param arrivedUpTo while intake is paused, only messages stored at or before the pause moment
 */
public record QueueQuery(
    Optional<MessageStatus> status,
    Optional<String> search,
    QueueSort sort,
    boolean descending,
    int offset,
    int limit,
    Optional<Instant> arrivedUpTo) {

  public static final int DEFAULT_LIMIT = 200;

  public QueueQuery(
      Optional<MessageStatus> status,
      Optional<String> search,
      QueueSort sort,
      boolean descending,
      int offset,
      int limit) {
    this(status, search, sort, descending, offset, limit, Optional.empty());
  }

  public static QueueQuery newestFirst() {
    return new QueueQuery(
        Optional.empty(), Optional.empty(), QueueSort.RECEIVED, true, 0, DEFAULT_LIMIT);
  }

  public QueueQuery withStatus(MessageStatus newStatus) {
    return new QueueQuery(
        Optional.ofNullable(newStatus), search, sort, descending, 0, limit, arrivedUpTo);
  }

  public QueueQuery withWindow(int newOffset, int newLimit) {
    return new QueueQuery(
        status, search, sort, descending, Math.max(0, newOffset), newLimit, arrivedUpTo);
  }

  /** Messages whose text contains the words typed, case-insensitively; blank means all. */
  public QueueQuery withSearch(String text) {
    Optional<String> words =
        text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    return new QueueQuery(status, words, sort, descending, 0, limit, arrivedUpTo);
  }

  /** Holds back what was stored after {@code pausedAt} (empty: intake is not paused). */
  public QueueQuery withArrivedUpTo(Optional<Instant> pausedAt) {
    return new QueueQuery(status, search, sort, descending, offset, limit, pausedAt);
  }
}
