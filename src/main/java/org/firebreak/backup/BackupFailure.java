package org.firebreak.backup;

import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Instant;
import org.firebreak.store.Backups;
import org.firebreak.store.DiskFullException;

/**
 * Why the latest automatic backup failed, sorted into what the person can do about it: free space,
 * fix the folder, or look at the damaged copy. {@code detail} is the underlying message (English,
 * for the log and the tooltip).
 */
public record BackupFailure(Kind kind, Instant at, Path folder, String detail) {

  /** What went wrong, each with its own advice on screen. */
  public enum Kind {
    /** The disk (or quota) is full. */
    DISK_FULL,
    /** The backup folder cannot be made or written. */
    FOLDER,
    /** The copy was written but did not reopen and count, so it was not kept. */
    CHECK,
    /** Anything else. */
    OTHER
  }

  static BackupFailure of(Throwable error, Instant at, Path folder) {
    Kind kind = Kind.OTHER;
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof DiskFullException) {
        kind = Kind.DISK_FULL;
        break;
      }
      if (t instanceof Backups.UntrustedBackupException) {
        kind = Kind.CHECK;
        break;
      }
      if (t instanceof FileSystemException) {
        kind = Kind.FOLDER;
      }
    }
    String detail = error.getMessage() == null ? error.toString() : error.getMessage();
    return new BackupFailure(kind, at, folder, detail);
  }
}
