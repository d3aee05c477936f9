package org.firebreak.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.firebreak.store.DatabaseLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentDatabasesTest {
  @TempDir Path dir;
  private final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");

  private Path database(String name) throws Exception {
    Path base = dir.resolve(name);
    Files.writeString(DatabaseLocation.dataFile(base), "h2");
    return base;
  }

  @Test
  void newestFirstOnceEach() throws Exception {
    RecentDatabases recent = new RecentDatabases(dir.resolve("recent.json"));
    Path a = database("a");
    Path b = database("b");
    recent.remember(a, t0);
    recent.remember(b, t0.plusSeconds(60));
    recent.remember(a, t0.plusSeconds(120));

    assertThat(recent.list())
        .extracting(RecentDatabases.Entry::name, RecentDatabases.Entry::lastOpened)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", t0.plusSeconds(120)),
            org.assertj.core.groups.Tuple.tuple("b", t0.plusSeconds(60)));
  }

  @Test
  void keepsTheNewestEightAndHidesDeletedFiles() throws Exception {
    RecentDatabases recent = new RecentDatabases(dir.resolve("recent.json"));
    for (int i = 0; i < 10; i++) {
      recent.remember(database("db" + i), t0.plusSeconds(i));
    }
    Files.delete(DatabaseLocation.dataFile(dir.resolve("db9")));

    assertThat(recent.list())
        .extracting(RecentDatabases.Entry::name)
        .containsExactly("db8", "db7", "db6", "db5", "db4", "db3", "db2");
  }

  @Test
  void aBrokenListIsAnEmptyOneAndIsReplacedOnTheNextOpen() throws Exception {
    Path file = dir.resolve("recent.json");
    Files.writeString(file, "{ not json");
    RecentDatabases recent = new RecentDatabases(file);
    assertThat(recent.list()).isEmpty();

    recent.remember(database("a"), t0);
    assertThat(recent.list()).extracting(RecentDatabases.Entry::name).containsExactly("a");
  }
}
