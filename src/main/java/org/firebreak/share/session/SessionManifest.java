package org.firebreak.share.session;

import java.util.List;

/**
 * What a session file holds: its format, who wrote it and when, and per entry the rows, the
 * uncompressed bytes and their SHA-256. Readers ignore fields they do not know. {@code simulation}
 * is true when the file was exported from a training database (a drill, not a real crisis); files
 * written before the flag existed leave it null.
 */
public record SessionManifest(
    int formatVersion,
    String firebreakVersion,
    int schemaVersion,
    String exportedBy,
    String exportedAt,
    List<Entry> entries,
    Boolean simulation) {

  public boolean isSimulation() {
    return Boolean.TRUE.equals(simulation);
  }

  public record Entry(String name, long rows, long bytes, String sha256) {}

  public Entry entry(String name) {
    return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
  }
}
