package org.firebreak.intake;

import org.firebreak.queue.Message;

/**
 * A message ready to store, with what intake learned beside it: its near-duplicate cluster and the
 * flags that say what had to be guessed or repaired (e.g. {@code TIME_AMBIGUOUS,INVALID_UTF8}).
 */
public record IncomingMessage(Message message, String clusterKey, String flags) {}
