package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open file is compacted through H2's own MVStore, reached through an H2-internal path tied to
 * the pinned version: the path still leads to the store, and a round after a trickle of small
 * commits loses no row. (How much it saves is the soak's figure, not a test's.)
 */
class StoreHousekeepingTest {

  @TempDir Path dir;

  @Test
  void theStoreIsReachedAndARoundAfterATrickleOfSmallCommitsKeepsEveryRow() {
    try (Database db = Database.open(dir.resolve("incident"))) {
      db.write(
          c -> c.createStatement().execute("CREATE TABLE trickle (id INT PRIMARY KEY, n INT)"));
      for (int i = 0; i < 400; i++) {
        int id = i;
        db.write(
            c -> {
              try (PreparedStatement p = c.prepareStatement("MERGE INTO trickle VALUES (?, ?)")) {
                p.setInt(1, id % 20);
                p.setInt(2, id);
                return p.executeUpdate();
              }
            });
      }
      boolean closed = db.read(c -> StoreHousekeeping.mvStore(c).isClosed());
      assertThat(closed)
          .as("the pinned H2's MVStore is reached from a pooled connection")
          .isFalse();
      // chunks younger than H2's retention time are not rewritten yet: a round may find nothing
      db.read(StoreHousekeeping::compact);
      long rows =
          db.read(
              c -> {
                var rs = c.createStatement().executeQuery("SELECT COUNT(*), SUM(n) FROM trickle");
                rs.next();
                return rs.getLong(1) * 1_000_000 + rs.getLong(2);
              });
      // ids 0..19 hold the last value written to each: 380..399
      assertThat(rows).isEqualTo(20L * 1_000_000 + (380 + 399) * 20 / 2);
    }
    assertThat(Files.exists(dir.resolve("incident.mv.db"))).isTrue();
    try (Database again = Database.open(dir.resolve("incident"))) {
      long reopened =
          again.read(
              c -> {
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM trickle");
                rs.next();
                return rs.getLong(1);
              });
      assertThat(reopened).isEqualTo(20);
    }
  }

  /** A file of many small, half-emptied chunks, old enough for H2 to free what it rewrites. */
  private static void sparseFile(Database db) {
    db.write(c -> c.createStatement().execute("CREATE TABLE wide (id INT PRIMARY KEY, s VARCHAR)"));
    for (int k = 0; k < 100; k++) {
      int from = k * 200;
      db.write(
          c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO wide VALUES (?, ?)")) {
              for (int i = from; i < from + 200; i++) {
                p.setInt(1, i);
                p.setString(2, "row " + i + " ".repeat(100));
                p.addBatch();
              }
              return p.executeBatch();
            }
          });
      db.write(
          c ->
              c.createStatement()
                  .executeUpdate("DELETE FROM wide WHERE MOD(id, 2) = 1 AND id < " + from));
    }
    db.read(
        c -> {
          StoreHousekeeping.mvStore(c).setRetentionTime(0);
          return null;
        });
  }

  private static long lazyCount(java.sql.Connection c, Runnable midway)
      throws java.sql.SQLException {
    c.createStatement().execute("SET LAZY_QUERY_EXECUTION TRUE");
    try (var rs = c.createStatement().executeQuery("SELECT id, s FROM wide ORDER BY id")) {
      long n = 0;
      while (rs.next()) {
        if (++n == 10) {
          midway.run();
        }
      }
      return n;
    } finally {
      c.createStatement().execute("SET LAZY_QUERY_EXECUTION FALSE");
    }
  }

  /**
   * Found by the session benchmark: an export's lazy cursor failed with "Chunk ... not found" when
   * a round compacted the file under it (H2 2.4.240 frees the rewritten chunks the cursor still
   * reads). Without {@link Database#readSteady} holding rounds off, this test fails that way.
   */
  @Test
  void aRoundWaitsForALongCursorReadAndThenCompacts() {
    try (Database db = Database.open(dir.resolve("incident"))) {
      sparseFile(db);
      boolean[] ranMidway = {true};
      long n = db.readSteady(c -> lazyCount(c, () -> ranMidway[0] = StoreHousekeeping.round(db)));
      assertThat(ranMidway[0]).as("no compaction under the cursor").isFalse();
      assertThat(n).isEqualTo(10_000 + 100);
      assertThat(StoreHousekeeping.round(db)).as("the next round runs").isTrue();
    }
  }

  /**
   * H2 gives its cache limit in megabytes and takes it in kilobytes: the first trim set the limit
   * it read back as is and left the incident a 1 MB cache (seen in the soak).
   */
  @Test
  void emptyingTheCacheKeepsItsLimit() {
    try (Database db = Database.open(dir.resolve("incident"))) {
      sparseFile(db);
      int[] before = db.read(c -> sizes(StoreHousekeeping.mvStore(c)));
      assertThat(before[1]).as("the rows read fill the cache").isGreaterThan(0);
      int[] after =
          db.read(
              c -> {
                StoreHousekeeping.emptyCache(StoreHousekeeping.mvStore(c));
                return sizes(StoreHousekeeping.mvStore(c));
              });
      assertThat(after[0]).as("limit in MB").isEqualTo(before[0]).isGreaterThan(1);
      assertThat(after[1]).as("in use").isZero();
    }
  }

  private static int[] sizes(org.h2.mvstore.MVStore store) {
    return new int[] {store.getCacheSize(), store.getCacheSizeUsed()};
  }
}
