package org.firebreak.share;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.firebreak.store.DiskFullException;

/**
 * Writes a file so that a crash leaves either the old file or the complete new one: a temporary
 * file in the same folder, forced to the device, then moved over the target in one step. A full
 * disk is reported as {@link DiskFullException} naming the target, and the old file stays.
 */
public final class AtomicFile {

  /** What writes the content; it must not close the stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFile() {}

  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    removeLeftovers(folder, absolute.getFileName().toString());
    Path temp;
    try {
      temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    } catch (IOException e) {
      throw DiskFullException.of(e, absolute).<IOException>map(full -> full).orElse(e);
    }
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      syncFolder(folder);
    } catch (IOException e) {
      throw DiskFullException.of(e, absolute).<IOException>map(full -> full).orElse(e);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Removes temporary files a killed earlier write of the same target left behind. */
  private static void removeLeftovers(Path folder, String name) {
    String prefix = "." + name;
    DirectoryStream.Filter<Path> leftover =
        p -> {
          String n = p.getFileName().toString();
          return n.startsWith(prefix) && n.endsWith(".tmp");
        };
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, leftover)) {
      for (Path p : stale) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      // a leftover we cannot remove only costs space; the write itself can still succeed
    }
  }

  /** Makes the rename itself durable where the platform allows opening a folder. */
  private static void syncFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a folder as a channel; the move is still atomic there
    }
  }
}
