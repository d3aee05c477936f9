package org.firebreak.queue;

/** Columns the queue can be sorted by, each backed by a database column. */
public enum QueueSort {
  RECEIVED("received_at"),
  PRIORITY("priority"),
  REACH("author_reach"),
  SENTIMENT("sentiment"),
  PLATFORM("platform"),
  STATUS("status"),
  AUTHOR("author"),
  ASSIGNEE("assignee");

  private final String column;

  QueueSort(String column) {
    this.column = column;
  }

  /** The SQL column; fixed per constant, never built from user text. */
  public String column() {
    return column;
  }
}
