package org.firebreak.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A write that failed because the disk (or the user's quota) is full. It names the file that could
 * not be written; whatever was saved before is unchanged, and the same work succeeds once space is
 * freed.
 */
public final class DiskFullException extends IOException {

  /** Below this much usable space, a failed write is taken to be a full disk. */
  private static final long NEARLY_FULL = 1L << 20;

  private final transient Path file;

  public DiskFullException(Path file, Throwable cause) {
    super("The disk is full: could not write " + file + ". Free some space and try again.", cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }

  /** The disk-full error behind {@code error} for writing {@code file}, if that is what it was. */
  public static java.util.Optional<DiskFullException> of(Throwable error, Path file) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof DiskFullException full) {
        return java.util.Optional.of(full);
      }
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("no space left")
          || m.contains("not enough space")
          || m.contains("out of disk space")
          || m.contains("disk quota exceeded")
          || m.contains("disk full")) {
        return java.util.Optional.of(new DiskFullException(file, error));
      }
    }
    if (error instanceof IOException && nearlyFull(file)) {
      return java.util.Optional.of(new DiskFullException(file, error));
    }
    return java.util.Optional.empty();
  }

  private static boolean nearlyFull(Path file) {
    try {
      Path folder = file.toAbsolutePath().getParent();
      return folder != null && Files.getFileStore(folder).getUsableSpace() < NEARLY_FULL;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
