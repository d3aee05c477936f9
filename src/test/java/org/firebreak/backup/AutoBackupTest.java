package org.firebreak.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.queue.QueueQuery;
import org.firebreak.store.Backups;
import org.firebreak.store.DatabaseLocation;
import org.firebreak.store.StoreException;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups every ten minutes of the incident clock while an incident is active; no sleeps. */
class AutoBackupTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);

  @Test
  void backsUpEveryTenMinutesWhileActiveAndKeepsTheLastFiveEachCheckedByCounting() {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      AutoBackup auto = s.autoBackup();
      assertThat(auto.tick()).as("first tick backs up at once").isPresent();
      assertThat(auto.tick()).isEmpty();
      clock.advance(Duration.ofMinutes(9));
      assertThat(auto.tick()).as("not yet due").isEmpty();
      for (int i = 0; i < 6; i++) {
        clock.advance(Duration.ofMinutes(10));
        assertThat(auto.tick()).isPresent();
      }
      List<Backups.Backup> kept = Backups.list(s.database().base());
      assertThat(kept).hasSize(AutoBackup.KEEP);
      assertThat(kept.get(0).takenAt()).isEqualTo(clock.instant());
      assertThat(kept).allSatisfy(b -> assertThat(b.messages()).isEqualTo(320));
      assertThat(kept).allSatisfy(b -> assertThat(b.auditRows()).isPositive());
      assertThat(Backups.folder(s.database().base()).toFile().list())
          .as("only backups and their labels, no leftovers")
          .hasSize(2 * AutoBackup.KEEP);
    }
  }

  @Test
  void aFailedBackupIsKeptAndToldNotThrownAndTheNextSuccessClearsIt() throws Exception {
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      List<java.util.Optional<BackupFailure>> told = new java.util.ArrayList<>();
      Runnable unsubscribe = s.autoBackup().subscribe(told::add);
      Path folder = Backups.folder(s.database().base());
      Files.writeString(folder, "a file where the folder should be");

      assertThat(s.autoBackup().tick()).isEmpty();
      BackupFailure failure = s.autoBackup().lastFailure().orElseThrow();
      assertThat(failure.kind()).isEqualTo(BackupFailure.Kind.FOLDER);
      assertThat(failure.folder()).isEqualTo(folder);
      assertThat(failure.at()).isEqualTo(clock.instant());

      Files.delete(folder);
      assertThat(s.autoBackup().tick())
          .as("retried at the next tick, not ten minutes on")
          .isPresent();
      assertThat(s.autoBackup().lastFailure()).isEmpty();
      assertThat(told).hasSize(2);
      assertThat(told.get(0)).contains(failure);
      assertThat(told.get(1)).isEmpty();

      clock.advance(Duration.ofMinutes(10));
      unsubscribe.run();
      Files.delete(Backups.list(s.database().base()).get(0).file());
      assertThat(s.autoBackup().tick()).isPresent();
      assertThat(told).as("a success after a success is not news").hasSize(2);
    }
  }

  @Test
  void failuresAreSortedByWhatThePersonCanDo() {
    Path folder = dir.resolve("incident-backups");
    java.time.Instant at = clock.instant();
    assertThat(
            BackupFailure.of(
                    new StoreException(
                        "x",
                        new org.firebreak.store.DiskFullException(
                            folder, new java.io.IOException())),
                    at,
                    folder)
                .kind())
        .isEqualTo(BackupFailure.Kind.DISK_FULL);
    assertThat(
            BackupFailure.of(
                    new StoreException(
                        "x", new java.nio.file.AccessDeniedException(folder.toString())),
                    at,
                    folder)
                .kind())
        .isEqualTo(BackupFailure.Kind.FOLDER);
    assertThat(BackupFailure.of(new IllegalStateException("odd"), at, folder))
        .isEqualTo(new BackupFailure(BackupFailure.Kind.OTHER, at, folder, "odd"));
  }

  @Test
  void aClockThatJumpsBackStillGetsABackupAndNoIncidentMeansNone() {
    try (Services s = TempDatabase.open(dir, clock)) {
      assertThat(s.autoBackup().tick()).as("no incident, nothing to protect yet").isEmpty();
      s.writeDemo();
      assertThat(s.autoBackup().tick()).isPresent();
      clock.advance(Duration.ofHours(-1));
      assertThat(s.autoBackup().tick()).as("clock moved back: due").isPresent();
    }
  }

  @Test
  void aBackupRestoresIntoANewFileAndNeverOverwrites() throws Exception {
    Path base;
    Backups.Backup backup;
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      backup = s.autoBackup().tick().orElseThrow();
      base = s.database().base();
      s.triage()
          .recordReply(
              List.of(s.messages().page(QueueQuery.newestFirst()).get(0).id()),
              "after the backup",
              java.util.Optional.empty(),
              "rina");
    }
    byte[] original = Files.readAllBytes(DatabaseLocation.dataFile(base));
    Path target = Backups.restoreTarget(base, backup.takenAt());
    Backups.restore(backup, target);
    try (Services restored = Services.open(target, clock)) {
      assertThat(restored.messages().count(QueueQuery.newestFirst())).isEqualTo(320);
    }
    assertThatThrownBy(() -> Backups.restore(backup, target))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Will not overwrite");
    assertThat(Backups.restoreTarget(base, backup.takenAt())).isNotEqualTo(target);
    assertThat(Files.readAllBytes(DatabaseLocation.dataFile(base))).isEqualTo(original);
  }
}
