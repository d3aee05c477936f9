package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.app.Services;
import org.firebreak.incident.Platform;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Monitor's volume per minute and platform is every message of the window, counted once. */
class PerMinuteVolumeTest {

  @TempDir Path dir;

  @Test
  void everyPlatformAndMinuteOfTheWindowIsCounted() {
    MutableClock clock = new MutableClock(TempDatabase.T0);
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      List<Long> ids = s.messages().ids(QueueQuery.newestFirst());
      Platform[] platforms = Platform.values();
      s.database()
          .write(
              c -> {
                // one message at least on each platform, the rarer ones included
                try (PreparedStatement ps =
                    c.prepareStatement("UPDATE messages SET platform = ? WHERE id = ?")) {
                  for (int i = 0; i < platforms.length; i++) {
                    ps.setString(1, platforms[i].name());
                    ps.setLong(2, ids.get(i * 3));
                    ps.executeUpdate();
                  }
                }
                return null;
              });
      Map<String, long[]> expected = new HashMap<>();
      Instant[] range = new Instant[2];
      s.database()
          .read(
              c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("SELECT platform, received_at FROM messages");
                    ResultSet rs = ps.executeQuery()) {
                  Map<String, List<Instant>> at = new HashMap<>();
                  while (rs.next()) {
                    at.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                        .add(Sql.instant(rs, "received_at"));
                  }
                  range[0] =
                      at.values().stream().flatMap(List::stream).min(Instant::compareTo).get();
                  range[1] =
                      at.values().stream().flatMap(List::stream).max(Instant::compareTo).get();
                  int minutes = minute(range[1]) - minute(range[0]) + 1;
                  at.forEach(
                      (p, times) -> {
                        long[] counts = new long[minutes];
                        times.forEach(t -> counts[minute(t) - minute(range[0])]++);
                        expected.put(p, counts);
                      });
                }
                return null;
              });
      int minutes = minute(range[1]) - minute(range[0]) + 1;

      Map<String, long[]> volume = s.statsQuery().perMinute(range[0], minutes);

      assertThat(volume.keySet())
          .containsExactlyInAnyOrderElementsOf(
              Arrays.stream(platforms).map(Platform::name).toList());
      volume.forEach((p, counts) -> assertThat(counts).as(p).containsExactly(expected.get(p)));
    }
  }

  private static int minute(Instant t) {
    return (int) Math.floorDiv(t.getEpochSecond(), 60);
  }
}
