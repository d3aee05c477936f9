package org.firebreak.share;

import java.time.Instant;
import java.util.List;

/** One message as the CSV report lists it: the queue's columns plus its labels and reply count. */
public record QueueRow(
    Instant receivedAt,
    String platform,
    String externalId,
    String author,
    long reach,
    String text,
    double sentiment,
    int priority,
    List<String> labels,
    String status,
    String assignee,
    long replies) {

  public QueueRow {
    labels = labels == null ? List.of() : List.copyOf(labels);
  }
}
