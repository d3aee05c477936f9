package org.firebreak.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scenarios a trainer installed: the {@code .json} scenarios and {@code .csv} master events lists
 * in the {@code scenarios} folder beside the incident database (by default in the data folder). A
 * bad file is listed with the reason, naming the field, and never offered to run.
 */
public final class InstalledScenarios {

  /** An installed file: its scenario, or why it cannot be used. */
  public record Entry(Path file, Scenario scenario, String problem) {
    public boolean usable() {
      return scenario != null;
    }
  }

  private InstalledScenarios() {}

  /** Where installed scenarios are looked for: {@code scenarios/} beside the incident database. */
  public static Path folder(Path liveBase) {
    return liveBase.toAbsolutePath().resolveSibling("scenarios");
  }

  /** Every .json and .csv file in {@code folder}, by name; none when there is no folder. */
  public static List<Entry> list(Path folder, String language) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files =
          s.filter(p -> isScenarioFile(p) && Files.isRegularFile(p))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder + ": " + e.getMessage(), e);
    }
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(new Entry(f, read(f, language), null));
      } catch (ScenarioException | UncheckedIOException e) {
        out.add(new Entry(f, null, e.getMessage()));
      }
    }
    return out;
  }

  public static boolean isScenarioFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && (name.endsWith(".json") || name.endsWith(".csv"));
  }

  /**
   * A scenario JSON file, or a CSV master events list run as a scenario of its own ({@link
   * InjectSheet#scenario}); a refusal names the file and the field or line.
   */
  public static Scenario read(Path file, String language) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return InjectSheet.scenario(file, language);
    }
    try {
      return ScenarioReader.read(file);
    } catch (ScenarioException e) {
      throw new ScenarioException(name + ": " + e.field(), messageAfterField(e));
    }
  }

  private static String messageAfterField(ScenarioException e) {
    String m = e.getMessage();
    return m.startsWith(e.field() + ": ") ? m.substring(e.field().length() + 2) : m;
  }
}
