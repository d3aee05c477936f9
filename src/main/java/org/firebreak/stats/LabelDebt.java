package org.firebreak.stats;

import java.time.Instant;

/**
 * For one label: messages carrying it, those still awaiting a reply, replies sent in the last 15
 * minutes and hour, and when the oldest unanswered one arrived (null when none waits).
 */
public record LabelDebt(
    String label,
    String colour,
    long total,
    long awaitingReply,
    long replied15,
    long replied60,
    Instant oldestUnanswered) {}
