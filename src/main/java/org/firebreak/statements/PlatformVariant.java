package org.firebreak.statements;

import java.time.Instant;
import org.firebreak.incident.Platform;

/** The text of a statement as it goes out on one platform, and whether it went out. */
public record PlatformVariant(
    long statementId,
    Platform platform,
    String text,
    Instant publishedAt,
    String publishedBy,
    String postUrl,
    String overrideReason) {

  public boolean published() {
    return publishedAt != null;
  }
}
