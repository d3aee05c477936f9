package org.firebreak.stats;

import java.util.Map;

/** How many messages there are, by status, label and platform. */
public record MessageCounts(
    long total,
    long needsReply,
    long replies,
    Map<String, Long> byStatus,
    Map<String, Long> byLabel,
    Map<String, Long> byPlatform) {

  public static final MessageCounts EMPTY =
      new MessageCounts(0, 0, 0, Map.of(), Map.of(), Map.of());
}
