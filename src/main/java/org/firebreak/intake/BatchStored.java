package org.firebreak.intake;

/** Told once per committed batch, so a view refreshes once per batch rather than per message. */
public record BatchStored(String source, int imported, int duplicates, long readSoFar) {}
