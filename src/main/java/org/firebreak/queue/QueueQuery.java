package org.firebreak.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * What the queue asks the database for: a filter, a sort and a window. The database does the
 * filtering, sorting and paging; the view only ever holds one window.
 *
 * @param arrivedUpTo while intake is paused, only messages stored at or before the pause moment
 * @param filter the filters beside status and search (label, waiting on us, overdue, reach)
 */
public record QueueQuery(
    Optional<MessageStatus> status,
    Optional<String> search,
    QueueSort sort,
    boolean descending,
    int offset,
    int limit,
    Optional<Instant> arrivedUpTo,
    QueueFilter filter) {

  public static final int DEFAULT_LIMIT = 200;

  public QueueQuery {
    arrivedUpTo = arrivedUpTo == null ? Optional.empty() : arrivedUpTo;
    filter = filter == null ? QueueFilter.NONE : filter;
  }

  /** A query with no filter beside status and search. */
  public QueueQuery(
      Optional<MessageStatus> status,
      Optional<String> search,
      QueueSort sort,
      boolean descending,
      int offset,
      int limit) {
    this(status, search, sort, descending, offset, limit, Optional.empty(), QueueFilter.NONE);
  }

  public QueueQuery(
      Optional<MessageStatus> status,
      Optional<String> search,
      QueueSort sort,
      boolean descending,
      int offset,
      int limit,
      Optional<Instant> arrivedUpTo) {
    this(status, search, sort, descending, offset, limit, arrivedUpTo, QueueFilter.NONE);
  }

  public static QueueQuery newestFirst() {
    return new QueueQuery(
        Optional.empty(), Optional.empty(), QueueSort.RECEIVED, true, 0, DEFAULT_LIMIT);
  }

  public QueueQuery withStatus(MessageStatus newStatus) {
    return new QueueQuery(
        Optional.ofNullable(newStatus), search, sort, descending, 0, limit, arrivedUpTo, filter);
  }

  public QueueQuery withWindow(int newOffset, int newLimit) {
    return new QueueQuery(
        status, search, sort, descending, Math.max(0, newOffset), newLimit, arrivedUpTo, filter);
  }

  /** Messages whose text contains the words typed, case-insensitively; blank means all. */
  public QueueQuery withSearch(String text) {
    Optional<String> words =
        text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    return new QueueQuery(status, words, sort, descending, 0, limit, arrivedUpTo, filter);
  }

  /** Holds back what was stored after {@code pausedAt} (empty: intake is not paused). */
  public QueueQuery withArrivedUpTo(Optional<Instant> pausedAt) {
    return new QueueQuery(status, search, sort, descending, offset, limit, pausedAt, filter);
  }

  /** Sorted by another column (back to the first page). */
  public QueueQuery withSort(QueueSort newSort, boolean newDescending) {
    return new QueueQuery(status, search, newSort, newDescending, 0, limit, arrivedUpTo, filter);
  }

  /** With the filters beside status and search (back to the first page). */
  public QueueQuery withFilter(QueueFilter newFilter) {
    return new QueueQuery(status, search, sort, descending, 0, limit, arrivedUpTo, newFilter);
  }
}
