package org.firebreak.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.firebreak.share.session.SessionOpener;

/**
 * Opens one session file {@code probe.rounds} times into new databases and prints each time, so two
 * builds can be compared on the same file. Not a test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.SessionOpenProbe -Dprobe.file=FILE.firebreak}
 */
public final class SessionOpenProbe {

  private SessionOpenProbe() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(System.getProperty("probe.file"));
    double mb = Files.size(file) / 1048576.0;
    for (int round = 0; round < Integer.getInteger("probe.rounds", 2); round++) {
      Path dir = Files.createTempDirectory("firebreak-open-probe");
      try {
        long t0 = System.nanoTime();
        var report = SessionOpener.open(file, dir.resolve("opened"));
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            "round %d: open %.2f s, %d messages, %.0f messages/s (file %.1f MB)%n",
            round, s, report.added().get("messages"), report.added().get("messages") / s, mb);
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
