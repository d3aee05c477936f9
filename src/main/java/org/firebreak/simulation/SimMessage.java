package org.firebreak.simulation;

import org.firebreak.incident.Platform;

/**
 * One message a scenario generates, {@code atMillis} after the drill started. The external id
 * ({@code sim-<seed>-<inject>-<n>}) is the same on every run, so storing it twice keeps one copy.
 */
public record SimMessage(
    int injectIndex,
    int n,
    long atMillis,
    Platform platform,
    String author,
    long reach,
    String text,
    String externalId) {}
