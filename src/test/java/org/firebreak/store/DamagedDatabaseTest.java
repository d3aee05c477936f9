package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.ReliabilityFigures;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A database file truncated or with bytes flipped is refused at open, never replaced by an empty
 * one; a recovery dump salvages what is readable; a read-only folder opens read-only.
 */
class DamagedDatabaseTest {

  @TempDir Path dir;
  private Path base;
  private Path file;

  @BeforeEach
  void demo() {
    base = dir.resolve("incident");
    try (Services s = Services.open(base, new MutableClock(TempDatabase.T0))) {
      s.writeDemo();
    }
    file = DatabaseLocation.dataFile(base);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.3, 0.5, 0.7, 0.9})
  void flippedBytesAnywhereAreDetectedAtOpenAndTheFileIsLeftAsItWas(double at) throws Exception {
    damage(at, false);
    byte[] damaged = Files.readAllBytes(file);
    assertThatThrownBy(() -> Database.open(base))
        .isInstanceOf(DatabaseDamagedException.class)
        .hasMessageContaining(file.toString());
    assertThat(Files.readAllBytes(file)).as("never replaced").isEqualTo(damaged);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.01, 0.3, 0.6})
  void aTruncatedFileIsRefusedNotOpenedEmpty(double at) throws Exception {
    damage(at, true);
    long size = Files.size(file);
    assertThatThrownBy(() -> Database.open(base)).isInstanceOf(DatabaseDamagedException.class);
    assertThat(Files.size(file)).isEqualTo(size);
  }

  @Test
  void everyDamagedCopyAmongThirtyIsRefusedAndNoneOpensEmpty() throws Exception {
    byte[] good = Files.readAllBytes(file);
    String seal = Files.readString(DataFileSeal.sealFile(file));
    int flipped = 0;
    int truncated = 0;
    for (int i = 0; i < 30; i++) {
      Files.write(file, good);
      Files.writeString(DataFileSeal.sealFile(file), seal);
      boolean truncate = i % 3 == 2;
      damage((i * 0.0331) % 1.0, truncate);
      try (Database db = Database.open(base)) {
        org.assertj.core.api.Assertions.fail(
            "damaged copy %d opened with %d messages", i, count(db, "messages"));
      } catch (DatabaseDamagedException expected) {
        if (truncate) {
          truncated++;
        } else {
          flipped++;
        }
      }
    }
    ReliabilityFigures.record(
        "{\"fault\":\"damaged_file\",\"copies\":30,\"flipped_refused\":"
            + flipped
            + ",\"truncated_refused\":"
            + truncated
            + ",\"opened_empty\":0,\"opened_silently\":0}");
  }

  @Test
  void aRecoveryDumpSalvagesTheMessagesOfADamagedFile() throws Exception {
    damage(0.5, false);
    Path dump = RecoveryDump.write(file);
    assertThat(dump.getFileName().toString()).isEqualTo("incident.h2.sql");
    // the damage may take the table definitions with it; the messages' own words are what count
    assertThat(Files.readString(dump).toLowerCase(java.util.Locale.ROOT))
        .contains("insert into")
        .contains("aromabrew kettle");
  }

  @Test
  void aFolderThatCannotBeWrittenOpensReadOnlyWithEverythingReadable() throws Exception {
    byte[] before = Files.readAllBytes(file);
    try (Database db = Database.open(base, "file", p -> false)) {
      assertThat(db.readOnly()).isTrue();
      assertThat(count(db, "messages")).isEqualTo(320);
      assertThatThrownBy(
              () -> db.write(c -> c.createStatement().executeUpdate("DELETE FROM messages")))
          .isInstanceOf(StoreException.class);
    }
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (Database db = Database.open(base)) {
      assertThat(db.readOnly()).isFalse();
    }
  }

  @Test
  void aFileLeftUnsealedByACrashStillOpens() {
    DataFileSeal.sealFile(file).toFile().delete();
    try (Database db = Database.open(base)) {
      assertThat(count(db, "messages")).isEqualTo(320);
    }
  }

  private void damage(double at, boolean truncate) throws Exception {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      long pos = (long) (raf.length() * at);
      if (truncate) {
        raf.setLength(pos);
        return;
      }
      raf.seek(pos);
      byte[] bytes = new byte[16];
      raf.readFully(bytes);
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] ^= (byte) 0x5A;
      }
      raf.seek(pos);
      raf.write(bytes);
    }
  }

  static long count(Database db, String table) {
    return db.read(
        c -> {
          try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
