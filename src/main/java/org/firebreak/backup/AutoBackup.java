package org.firebreak.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.firebreak.store.Backups;
import org.firebreak.store.StoreException;

/**
 * Backs the incident database up every {@link #INTERVAL} while an incident is active. The
 * application's scheduler calls {@link #tick} each minute; whether a backup is due is decided on
 * the injected clock, so a test moves the clock instead of waiting. A clock that jumps back counts
 * as due: better one backup too many than a long gap.
 */
public final class AutoBackup {

  public static final Duration INTERVAL = Duration.ofMinutes(10);
  public static final int KEEP = 5;

  private final Backups backups;
  private final BooleanSupplier incidentActive;
  private final Clock clock;
  private final Duration interval;
  private Instant last;
  private volatile String lastFailure;

  public AutoBackup(
      Backups backups, BooleanSupplier incidentActive, Clock clock, Duration interval) {
    this.backups = backups;
    this.incidentActive = incidentActive;
    this.clock = clock;
    this.interval = interval;
  }

  /** Takes a backup if one is due; returns it. A failure is kept for {@link #lastFailure}. */
  public synchronized Optional<Backups.Backup> tick() {
    if (!incidentActive.getAsBoolean()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (last != null && !now.isBefore(last) && now.isBefore(last.plus(interval))) {
      return Optional.empty();
    }
    try {
      Backups.Backup taken = backups.take();
      last = now;
      lastFailure = null;
      return Optional.of(taken);
    } catch (StoreException e) {
      lastFailure = e.getMessage();
      return Optional.empty();
    }
  }

  /** Why the latest backup failed, or empty when it succeeded. */
  public Optional<String> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }
}
