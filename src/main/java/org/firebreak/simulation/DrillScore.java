package org.firebreak.simulation;

import java.util.List;

/**
 * A drill scored against the playbook: each part earns up to its weight (the weights sum to 100;
 * see scenario-format.md), with a line saying what was seen.
 */
public record DrillScore(int total, List<Part> parts, ReplyTimes replyTimes) {

  public DrillScore {
    parts = List.copyOf(parts);
  }

  /** One scored part: points earned of {@code weight}, and why. */
  public record Part(String id, int weight, double points, String detail) {}

  /** Minutes from arrival to first reply: median, 90th percentile, slowest; -1 when none. */
  public record ReplyTimes(
      int replies, double medianMinutes, double p90Minutes, double maxMinutes) {}

  public Part part(String id) {
    return parts.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }
}
