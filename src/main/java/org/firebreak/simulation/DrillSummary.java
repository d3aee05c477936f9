package org.firebreak.simulation;

/** What a drill has done so far: messages stored, injects fired, simulated minutes elapsed. */
public record DrillSummary(
    String scenario,
    long seed,
    long messagesGenerated,
    int injectsFired,
    double simulatedMinutes) {}
