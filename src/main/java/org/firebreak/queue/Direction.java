package org.firebreak.queue;

/** Whether a message came from the public or was sent by the brand. */
public enum Direction {
  INBOUND,
  OUTBOUND
}
