package org.firebreak.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link CrashChild} in its own JVM and kills it with SIGKILL once it has reported a chosen
 * number of committed units. How many kills each kind gets is set per kind: {@code
 * -Dcrash.runs.export=200}, or {@code -Dcrash.runs=200} for every kind ({@code -Pcrash-full}).
 */
final class CrashHarness {

  /** Kills of each kind in the normal test run. */
  static final int DEFAULT_RUNS = 20;

  private CrashHarness() {}

  static int runs(String kind) {
    return Integer.getInteger("crash.runs." + kind, Integer.getInteger("crash.runs", DEFAULT_RUNS));
  }

  static Process child(String mode, Path db, Path file) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-cp",
            System.getProperty("java.class.path"),
            CrashChild.class.getName(),
            mode,
            db.toString(),
            file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /**
   * Reads the child's commit reports until the chosen one, then kills it; returns {units committed,
   * reports seen}.
   */
  static long[] killAfter(Process p, int reports) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    long committed = 0;
    long seen = 0;
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("committed")) {
        committed += Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
        if (++seen >= reports) {
          break;
        }
      }
      if (line.equals("finished")) {
        break;
      }
    }
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new long[] {committed, seen};
  }
}
