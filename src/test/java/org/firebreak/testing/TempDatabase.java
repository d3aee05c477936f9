package org.firebreak.testing;

import java.nio.file.Path;
import java.time.Instant;
import org.firebreak.app.Services;

/** Opens real H2 incident databases in a test's temporary folder. */
public final class TempDatabase {
  public static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");

  private TempDatabase() {}

  public static Services open(Path dir, MutableClock clock) {
    return Services.open(dir.resolve("incident"), clock);
  }
}
