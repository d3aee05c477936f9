package org.firebreak.queue;

/** How a batch of messages landed: how many were new, how many were already stored. */
public record InsertResult(int inserted, int duplicates) {
  public InsertResult plus(InsertResult other) {
    return new InsertResult(inserted + other.inserted, duplicates + other.duplicates);
  }
}
