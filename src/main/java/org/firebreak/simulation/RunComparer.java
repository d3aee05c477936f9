package org.firebreak.simulation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.app.Services;
import org.firebreak.store.DatabaseLocation;

/** Opens training databases one at a time and puts their runs side by side. */
public final class RunComparer {

  private RunComparer() {}

  /**
   * Compares the run already open in {@code current} (may be null) with the runs in {@code others},
   * each opened, read and closed in turn.
   *
   * @throws IllegalArgumentException naming a database that is missing or holds no drill
   */
  public static RunComparison compare(Services current, List<Path> others) {
    List<RunComparison.Run> runs = new ArrayList<>();
    Map<String, Integer> weights = new LinkedHashMap<>();
    if (current != null) {
      runs.add(RunComparison.runOf(current, label(current.database().base())));
      weights.putAll(RunComparison.weights(current));
    }
    for (Path base : others) {
      if (!Files.isRegularFile(DatabaseLocation.dataFile(base))) {
        throw new IllegalArgumentException("No training database at " + base);
      }
      try (Services s = Services.open(base, Clock.systemUTC())) {
        runs.add(RunComparison.runOf(s, label(base)));
        RunComparison.weights(s).forEach(weights::putIfAbsent);
      }
    }
    return RunComparison.of(runs, weights);
  }

  /** The training databases in {@code folder} whose name starts with {@code prefix}. */
  public static List<Path> inFolder(Path folder, String prefix) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return out;
    }
    try (var files = Files.list(folder)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".mv.db") && n.startsWith(prefix))
          .sorted()
          .forEach(n -> out.add(folder.resolve(n.substring(0, n.length() - ".mv.db".length()))));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot list " + folder, e);
    }
    return out;
  }

  private static String label(Path base) {
    return base.getFileName().toString();
  }
}
