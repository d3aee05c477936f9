package org.firebreak.queue;

/** Where an inbound message stands in the reply work. */
public enum MessageStatus {
  NEEDS_REPLY,
  ASSIGNED,
  REPLIED,
  NO_REPLY_NEEDED,
  ESCALATED;

  /** True while the customer still waits for an answer from us. */
  public boolean awaitsReply() {
    return this == NEEDS_REPLY || this == ASSIGNED || this == ESCALATED;
  }
}
