package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.ReliabilityFigures;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import that meets a full disk: a clear message naming the file, nothing committed lost or
 * corrupted, and the rest imports without duplicates once space returns.
 */
class DiskFullImportTest {

  private static final int MESSAGES = 5_000;
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
    try (Services s = new Services(Database.open(base, SpaceLimitedFileSystem.SCHEME), clock)) {
      SpaceLimitedFileSystem.spaceLeft(600_000);
      assertThatThrownBy(() -> importFile(s, file))
          .hasMessageContaining("The disk is full")
          .hasMessageContaining("full.mv.db");
      SpaceLimitedFileSystem.spaceLeft(Long.MAX_VALUE);
    }
    // H2 closes a database whose write failed; once space returns it opens again, uncorrupted
    try (Database db = Database.open(base, SpaceLimitedFileSystem.SCHEME)) {
      kept = count(db);
    }
    assertThat(kept).as("the import stopped short").isLessThan(MESSAGES);

    try (Services s = new Services(Database.open(base, SpaceLimitedFileSystem.SCHEME), clock)) {
      assertThat(count(s.database())).as("nothing committed was lost").isEqualTo(kept);
      var summary = importFile(s, file);
      assertThat(summary.imported()).isEqualTo(MESSAGES - kept);
      assertThat(summary.duplicates()).isEqualTo(kept);
      assertThat(count(s.database())).isEqualTo(MESSAGES);
    }
    ReliabilityFigures.record(
        "{\"fault\":\"disk_full_import\",\"messages\":"
            + MESSAGES
            + ",\"kept_when_full\":"
            + kept
            + ",\"lost\":0,\"duplicated\":0,\"failed_to_open\":0,\"resumed\":true}");
  }

  private static org.firebreak.intake.ImportSummary importFile(Services s, Path file)
      throws Exception {
    return s.intake()
        .run(
            "big.ndjson",
            new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.NDJSON),
            ImportControl.silent());
  }

  private static long count(Database db) {
    return db.read(
        c -> {
          try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM messages")) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
