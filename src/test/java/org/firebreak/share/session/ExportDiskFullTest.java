package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.firebreak.app.Services;
import org.firebreak.store.DiskFullException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports onto a small disk (an in-memory file system with a size limit) that fills up part way: a
 * clear disk-full error naming the file, the previous export untouched, no temporary file left, and
 * the same export succeeds once space is freed.
 */
class ExportDiskFullTest {

  private static final long DISK = 8L << 20;
  @TempDir Path dir;

  @Test
  void aFullDiskKeepsThePreviousExportAndTheExportSucceedsOnceSpaceIsFreed() throws Exception {
    try (FileSystem disk =
            Jimfs.newFileSystem(Configuration.unix().toBuilder().setMaxSize(DISK).build());
        Services s = SessionFixture.demo(dir, "a", SessionFixture.clock())) {
      Path folder = Files.createDirectories(disk.getPath("/exports"));
      Path target = folder.resolve("incident.firebreak");
      Path csv = folder.resolve("queue.csv");
      s.sessionExporter().export(target, "Ayu", SessionExporter.Progress.NONE);
      s.csvReport().write(csv, Optional.empty());
      byte[] before = Files.readAllBytes(target);
      byte[] csvBefore = Files.readAllBytes(csv);
      // something else fills the disk until less than one more copy fits
      Path filler = folder.resolve("other-program.bin");
      Files.write(filler, new byte[(int) (DISK - 3 * before.length / 2 - csvBefore.length)]);

      assertThatThrownBy(() -> s.sessionExporter().export(target, "Ayu", progressLess()))
          .isInstanceOf(DiskFullException.class)
          .hasMessageContaining("The disk is full")
          .hasMessageContaining("incident.firebreak");
      assertThatThrownBy(() -> s.csvReport().write(csv, Optional.empty()))
          .isInstanceOf(DiskFullException.class)
          .hasMessageContaining("queue.csv");
      assertThat(Files.readAllBytes(target)).as("previous export untouched").isEqualTo(before);
      assertThat(Files.readAllBytes(csv)).as("previous report untouched").isEqualTo(csvBefore);
      assertThat(temporaryFiles(folder)).isZero();

      Files.delete(filler);
      s.sessionExporter().export(target, "Ayu", SessionExporter.Progress.NONE);
      s.csvReport().write(csv, Optional.empty());
      Path copy = Files.copy(target, dir.resolve("copied.firebreak"));
      try (SessionArchive archive = SessionArchive.open(copy)) {
        assertThat(archive.manifest().entries()).isNotEmpty();
      }
      assertThat(temporaryFiles(folder)).isZero();
    }
    org.firebreak.testing.ReliabilityFigures.record(
        "{\"fault\":\"disk_full_export\",\"targets\":2,\"partial_files\":0,"
            + "\"previous_files_intact\":2,\"temp_files_left\":0,\"resumed\":true}");
  }

  private static SessionExporter.Progress progressLess() {
    return SessionExporter.Progress.NONE;
  }

  private static long temporaryFiles(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).count();
    }
  }
}
