package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.IntakePipeline;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.ReliabilityFigures;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that meets a full disk after some of its batches are committed: a clear message naming
 * the file, every committed batch kept exactly once (a full disk keeps them, as a cancel does), and
 * the rest imports without duplicates once space returns.
 */
class DiskFullImportTest {

  private static final int MESSAGES = 5_000;
  private static final long QUOTA = 8_000_000;
  @TempDir Path dir;

  @AfterEach
  void spaceReturns() {
    SpaceLimitedFileSystem.spaceLeft(Long.MAX_VALUE);
  }

  @Test
  void aFullDiskStopsTheImportWithAClearMessageAndTheRestImportsOnceSpaceReturns()
      throws Exception {
    SpaceLimitedFileSystem.install();
    Path file = dir.resolve("big.ndjson");
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < MESSAGES; i++) {
      ndjson
          .append("{\"id\":\"f")
          .append(i)
          .append("\",\"platform\":\"x\",\"author\":\"a")
          .append(i % 89)
          .append("\",\"text\":\"Outage report number ")
          .append(i)
          .append(" from the north district, still no power\",")
          .append("\"created_at\":\"2026-11-24T08:00:00Z\"}\n");
    }
    Files.writeString(file, ndjson);
    Path base = dir.resolve("full");
    MutableClock clock = new MutableClock(TempDatabase.T0);
    long kept;
    long batchesReported;
    try (Services s = new Services(Database.open(base, SpaceLimitedFileSystem.SCHEME), clock)) {
      // room for a few of the five batches (about 3 MB each as H2 writes them), not all
      SpaceLimitedFileSystem.spaceLeft(QUOTA);
      long[] batches = {0};
      assertThatThrownBy(
              () -> importFile(s, file, new ImportControl(read -> {}, batch -> batches[0]++)))
          .hasMessageContaining("The disk is full")
          .hasMessageContaining("full.mv.db");
      batchesReported = batches[0];
      SpaceLimitedFileSystem.spaceLeft(Long.MAX_VALUE);
    }
    // H2 closes a database whose write failed; once space returns it opens again, uncorrupted
    try (Database db = Database.open(base, SpaceLimitedFileSystem.SCHEME)) {
      kept = count(db, "COUNT(*)");
      assertThat(count(db, "COUNT(DISTINCT external_id)")).as("kept once each").isEqualTo(kept);
    }
    assertThat(batchesReported).as("some batches committed before the disk filled").isPositive();
    assertThat(kept)
        .as("every batch reported committed survived the full disk, whole")
        .isGreaterThanOrEqualTo(batchesReported * IntakePipeline.BATCH_SIZE)
        .isLessThan(MESSAGES);
    assertThat(kept % IntakePipeline.BATCH_SIZE).as("no batch kept in part").isZero();

    try (Services s = new Services(Database.open(base, SpaceLimitedFileSystem.SCHEME), clock)) {
      assertThat(count(s.database(), "COUNT(*)")).as("nothing committed was lost").isEqualTo(kept);
      var summary = importFile(s, file, ImportControl.silent());
      assertThat(summary.imported()).isEqualTo(MESSAGES - kept);
      assertThat(summary.duplicates()).isEqualTo(kept);
      assertThat(count(s.database(), "COUNT(*)")).isEqualTo(MESSAGES);
      assertThat(count(s.database(), "COUNT(DISTINCT external_id)")).isEqualTo(MESSAGES);
    }
    ReliabilityFigures.record(
        "{\"fault\":\"disk_full_import\",\"messages\":"
            + MESSAGES
            + ",\"quota_bytes\":"
            + QUOTA
            + ",\"batches_committed\":"
            + batchesReported
            + ",\"kept_when_full\":"
            + kept
            + ",\"lost\":0,\"duplicated\":0,\"failed_to_open\":0,\"resumed\":true}");
  }

  private static org.firebreak.intake.ImportSummary importFile(
      Services s, Path file, ImportControl control) throws Exception {
    return s.intake()
        .run(
            "big.ndjson",
            new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.NDJSON),
            control);
  }

  private static long count(Database db, String what) {
    return db.read(
        c -> {
          try (ResultSet rs =
              c.createStatement().executeQuery("SELECT " + what + " FROM messages")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
