package org.firebreak.share;

import java.util.Optional;
import java.util.function.Consumer;
import org.firebreak.queue.MessageStatus;

/** Where reports read the queue from, one row at a time (the store's cursor, or a test's list). */
@FunctionalInterface
public interface QueueRows {
  /** Hands every message (of one status, when given) to {@code sink}; returns how many. */
  long forEach(Optional<MessageStatus> status, Consumer<QueueRow> sink);
}
