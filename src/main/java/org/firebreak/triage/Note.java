package org.firebreak.triage;

import java.time.Instant;

/**
 * An internal note the team writes on a message, or on its whole conversation when {@code
 * conversationId} is set. Never shown to the public.
 */
public record Note(
    long id, long messageId, String conversationId, String text, String author, Instant at) {

  public boolean wholeConversation() {
    return conversationId != null;
  }
}
