package org.firebreak.queue;

import java.time.Instant;
import java.util.List;
import org.firebreak.incident.Platform;

/**
 * One message from the public (or one the brand sent). Ids stay strings: snowflake ids exceed 2^53.
 * Text is kept whole; views cut previews themselves.
 */
public record Message(
    long id,
    Platform platform,
    String externalId,
    String conversationId,
    String author,
    long authorReach,
    String text,
    String url,
    Instant createdAt,
    Instant receivedAt,
    Direction direction,
    String language,
    double sentiment,
    int priority,
    MessageStatus status,
    String assignee,
    List<String> labels) {

  public Message {
    labels = labels == null ? List.of() : List.copyOf(labels);
  }
}
