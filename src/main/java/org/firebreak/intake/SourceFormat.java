package org.firebreak.intake;

import java.util.Locale;

/** The import formats a person can name on the command line. */
public enum SourceFormat {
  AUTO("auto"),
  CSV("csv"),
  JSON("json"),
  NDJSON("ndjson"),
  X_ARCHIVE("x-archive"),
  MASTODON("mastodon"),
  BLUESKY("bluesky"),
  ZIP("zip");

  private final String cliName;

  SourceFormat(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  /**
   * Reads "x-archive", "X_ARCHIVE", "csv"...; throws IllegalArgumentException naming the choices.
   */
  public static SourceFormat parse(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (SourceFormat f : values()) {
      if (f.cliName.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Unknown format '"
            + text
            + "': use auto, csv, json, ndjson, x-archive, mastodon, bluesky or zip.");
  }

  @Override
  public String toString() {
    return cliName;
  }
}
