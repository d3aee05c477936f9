package org.firebreak.intake.folder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.ImportSummary;
import org.firebreak.intake.IntakePipeline;
import org.firebreak.intake.Rejection;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.UnreadableSourceException;
import org.firebreak.store.LiveIntakeStore;

/**
 * Takes one settled file from the watched folder through the intake pipeline, once: a file with the
 * same content and name as one already taken in is moved aside unread. Rejected rows are listed
 * beside the file in {@code done/}; a file that cannot be read goes to {@code failed/} with a
 * {@code .error.txt} that says why.
 */
public final class WatchedFileImporter {

  public static final String DONE = "done";
  public static final String FAILED = "failed";

  private final IntakePipeline pipeline;
  private final LiveIntakeStore store;
  private final Clock clock;
  private final SourceOpener opener = new SourceOpener(ColumnMapping.generic());

  public WatchedFileImporter(IntakePipeline pipeline, LiveIntakeStore store, Clock clock) {
    this.pipeline = pipeline;
    this.store = store;
    this.clock = clock;
  }

  FolderWatch.Outcome take(Path file) {
    String name = file.getFileName().toString();
    String hash = sha256(file);
    if (store.fileSeen(hash, name)) {
      moveAside(file, DONE);
      return new FolderWatch.Outcome(file, "already-imported", name + ": imported before");
    }
    try {
      ImportSummary s = pipeline.run(name, opener.open(file, SourceFormat.AUTO), quiet());
      store.recordFile(hash, name, clock.instant(), "imported");
      Path moved = moveAside(file, DONE);
      if (s.rejected() > 0) {
        StringBuilder report = new StringBuilder(name + ": " + s.line() + "\n");
        s.rejections().forEach(r -> report.append(describe(r)).append('\n'));
        s.warnings().forEach(w -> report.append("warning: ").append(w).append('\n'));
        write(moved.resolveSibling(moved.getFileName() + ".rejected.txt"), report.toString());
      }
      return new FolderWatch.Outcome(file, "imported", name + ": " + s.line());
    } catch (UnreadableSourceException e) {
      store.recordFile(hash, name, clock.instant(), "failed");
      Path moved = moveAside(file, FAILED);
      write(moved.resolveSibling(moved.getFileName() + ".error.txt"), e.getMessage() + "\n");
      return new FolderWatch.Outcome(file, "failed", e.getMessage());
    }
  }

  private static ImportControl quiet() {
    return ImportControl.silent();
  }

  private static String describe(Rejection r) {
    return "rejected: " + r.describe();
  }

  /** Whether no other program holds a lock on the file (where the platform has such locks). */
  static boolean unlocked(Path file) {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (IOException | OverlappingFileLockException e) {
      return false; // another program has it open for writing (Windows) or locked
    }
  }

  /** Moves the file into {@code sub/} beside it, never over an earlier one of the same name. */
  private Path moveAside(Path file, String sub) {
    try {
      Path dir = Files.createDirectories(file.resolveSibling(sub));
      String name = file.getFileName().toString();
      Path target = dir.resolve(name);
      if (Files.exists(target)) {
        target = dir.resolve(clock.millis() + "-" + name);
      }
      return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be moved to " + sub + "/", e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be written", e);
    }
  }

  private static String sha256(Path file) {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot be read", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
