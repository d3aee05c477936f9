package org.firebreak.intake.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files dropped in the watched folder, driven poll by poll as a monitoring tool would drop them.
 */
class FolderWatchTest {

  static final String CSV =
      "id,platform,author,text\n"
          + "f1,x,ana,My kettle caught fire\n"
          + "f2,x,budi,Ketel saya terbakar\n";

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(TempDatabase.T0);
  final List<FolderWatch.Outcome> told = new CopyOnWriteArrayList<>();
  Services services;
  Path inbox;
  FolderWatch watch;

  @BeforeEach
  void open() throws Exception {
    services = TempDatabase.open(dir, clock);
    inbox = Files.createDirectories(dir.resolve("inbox"));
    watch =
        new FolderWatch(
            inbox,
            new WatchedFileImporter(services.intake(), services.liveIntake(), clock),
            told::add);
  }

  @AfterEach
  void close() {
    watch.close();
    services.close();
  }

  @Test
  void aDroppedFileIsImportedOnceSettledAndMovedToDone() throws Exception {
    Files.writeString(inbox.resolve("alerts.csv"), CSV);

    assertThat(watch.poll()).as("first sight: maybe still being written").isEmpty();
    List<FolderWatch.Outcome> second = watch.poll();

    assertThat(second).extracting(FolderWatch.Outcome::result).containsExactly("imported");
    assertThat(second.get(0).detail())
        .isEqualTo("alerts.csv: read 2, imported 2, duplicates 0, rejected 0");
    assertThat(services.intakeStore().count()).isEqualTo(2);
    assertThat(inbox.resolve("alerts.csv")).doesNotExist();
    assertThat(inbox.resolve("done/alerts.csv")).hasContent(CSV.strip());
    assertThat(watch.poll()).isEmpty();
  }

  @Test
  void aFileStillBeingWrittenWaitsUntilItStopsGrowing() throws Exception {
    Path file = inbox.resolve("stream.csv");
    Files.writeString(file, "id,platform,author,text\nf1,x,ana,first half");
    watch.poll();
    Files.writeString(file, " and the rest\nf2,x,budi,second\n", StandardOpenOption.APPEND);

    assertThat(watch.poll()).as("it grew since the last poll").isEmpty();
    assertThat(services.intakeStore().count()).isZero();
    assertThat(watch.poll()).extracting(FolderWatch.Outcome::result).containsExactly("imported");
    assertThat(services.intakeStore().count()).isEqualTo(2);
    assertThat(services.messages().full(services.messages().maxId() - 1).orElseThrow().text())
        .isEqualTo("first half and the rest");
  }

  @Test
  void theSameFileDroppedAgainIsNotImportedTwice() throws Exception {
    Files.writeString(inbox.resolve("alerts.csv"), CSV);
    watch.poll();
    watch.poll();
    Files.writeString(inbox.resolve("alerts.csv"), CSV);
    watch.poll();

    assertThat(watch.poll())
        .extracting(FolderWatch.Outcome::result)
        .containsExactly("already-imported");
    assertThat(services.intakeStore().count()).isEqualTo(2);
    assertThat(inbox.resolve("alerts.csv")).doesNotExist();
    try (var done = Files.list(inbox.resolve("done"))) {
      assertThat(done).hasSize(2);
    }
  }

  @Test
  void anUnreadableFileGoesToFailedWithTheReason() throws Exception {
    Files.writeString(inbox.resolve("broken.json"), "[{\"id\":\"1\",\"text\":\"a\"},\n{\"id\": ]");
    watch.poll();

    assertThat(watch.poll()).extracting(FolderWatch.Outcome::result).containsExactly("failed");
    assertThat(inbox.resolve("failed/broken.json")).exists();
    String error =
        Files.readString(inbox.resolve("failed/broken.json.error.txt"), StandardCharsets.UTF_8);
    assertThat(error).startsWith("broken.json: record 2 (line 2)");
    assertThat(services.intakeStore().count()).as("nothing of it is kept").isZero();
  }

  @Test
  void rejectedRowsAreListedBesideTheImportedFile() throws Exception {
    Files.writeString(inbox.resolve("mixed.csv"), CSV + ",x,carla,no id here\n");
    watch.poll();
    watch.poll();

    assertThat(services.intakeStore().count()).isEqualTo(2);
    assertThat(Files.readString(inbox.resolve("done/mixed.csv.rejected.txt")))
        .contains("rejected: mixed.csv:4, field id: empty");
  }

  @Test
  void partialDownloadsAndHiddenFilesAreLeftAlone() throws Exception {
    Files.writeString(inbox.resolve("alerts.csv.part"), CSV);
    Files.writeString(inbox.resolve(".alerts.csv"), CSV);
    watch.poll();
    assertThat(watch.poll()).isEmpty();
    assertThat(services.intakeStore().count()).isZero();
  }

  @Test
  void startedOnASchedulerItPicksUpADropWithoutBeingAsked() throws Exception {
    CountDownLatch imported = new CountDownLatch(1);
    watch.close();
    watch =
        new FolderWatch(
            inbox,
            new WatchedFileImporter(services.intake(), services.liveIntake(), clock),
            o -> imported.countDown());
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      watch.start(scheduler, Duration.ofMillis(50));
      Files.writeString(inbox.resolve("alerts.csv"), CSV);
      assertThat(imported.await(20, TimeUnit.SECONDS)).isTrue();
    } finally {
      scheduler.shutdownNow();
    }
    assertThat(services.intakeStore().count()).isEqualTo(2);
  }
}
