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
    return compare(current, others, null);
  }

  /**
   * As {@link #compare(Services, List)}, but a database that cannot be read (open in another
   * window, no drill in it) is left out and named to {@code skipped} instead of failing the lot.
   */
  public static RunComparison compare(
      Services current, List<Path> others, java.util.function.Consumer<String> skipped) {
    List<RunComparison.Run> runs = new ArrayList<>();
    Map<String, Integer> weights = new LinkedHashMap<>();
    if (current != null) {
      runs.add(RunComparison.runOf(current, label(current.database().base())));
      weights.putAll(RunComparison.weights(current));
    }
    for (Path base : others) {
      try {
        if (!Files.isRegularFile(DatabaseLocation.dataFile(base))) {
          throw new IllegalArgumentException("No training database at " + base);
        }
        try (Services s = Services.open(base, Clock.systemUTC())) {
          runs.add(RunComparison.runOf(s, label(base)));
          RunComparison.weights(s).forEach(weights::putIfAbsent);
        }
      } catch (RuntimeException e) {
        if (skipped == null) {
          throw e;
        }
        skipped.accept(label(base) + ": " + e.getMessage());
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

  /**
   * The other runs of the same built-in scenario beside {@code base}: the console names each
   * training database after the scenario id and the second it started ({@code id-1732450000}).
   */
  public static List<Path> siblings(Path base) {
    String name = base.getFileName().toString();
    String prefix = name.replaceFirst("-\\d+$", "") + "-";
    List<Path> out = new ArrayList<>(inFolder(base.toAbsolutePath().getParent(), prefix));
    out.removeIf(p -> p.getFileName().toString().equals(name));
    return out;
  }

  private static String label(Path base) {
    return base.getFileName().toString();
  }
}
