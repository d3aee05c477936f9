package org.firebreak.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.firebreak.store.Backups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backs the incident database up every {@link #INTERVAL} while an incident is active. The
 * application's scheduler calls {@link #tick} each minute; whether a backup is due is decided on
 * the injected clock, so a test moves the clock instead of waiting. A clock that jumps back counts
 * as due: better one backup too many than a long gap.
 */
public final class AutoBackup {

  public static final Duration INTERVAL = Duration.ofMinutes(10);
  public static final int KEEP = 5;
  private static final Logger LOG = LoggerFactory.getLogger(AutoBackup.class);

  private final Backups backups;
  private final BooleanSupplier incidentActive;
  private final Clock clock;
  private final Duration interval;
  private final Path folder;
  private final List<Consumer<Optional<BackupFailure>>> listeners = new CopyOnWriteArrayList<>();
  private Instant last;
  private volatile BackupFailure lastFailure;

  public AutoBackup(
      Backups backups, BooleanSupplier incidentActive, Clock clock, Duration interval) {
    this.backups = backups;
    this.incidentActive = incidentActive;
    this.clock = clock;
    this.interval = interval;
    this.folder = backups.folder();
  }

  /**
   * Takes a backup if one is due; returns it. A failure is kept for {@link #lastFailure} (the next
   * tick tries again) and never thrown, so the scheduler calling this keeps calling it.
   */
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
      changed(null);
      return Optional.of(taken);
    } catch (RuntimeException e) {
      LOG.warn("Automatic backup into {} failed: {}", folder, e.getMessage());
      changed(BackupFailure.of(e, now, folder));
      return Optional.empty();
    }
  }

  private void changed(BackupFailure now) {
    BackupFailure before = lastFailure;
    lastFailure = now;
    if (before != null || now != null) {
      for (Consumer<Optional<BackupFailure>> listener : listeners) {
        listener.accept(Optional.ofNullable(now));
      }
    }
  }

  /** Why the latest backup failed, or empty when it succeeded (or none was tried yet). */
  public Optional<BackupFailure> lastFailure() {
    return Optional.ofNullable(lastFailure);
  }

  /**
   * Tells {@code listener} (on the backup thread) after each failed backup, and once after the
   * success that follows a failure; returns what unsubscribes it.
   */
  public Runnable subscribe(Consumer<Optional<BackupFailure>> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }
}
