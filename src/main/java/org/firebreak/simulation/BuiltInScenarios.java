package org.firebreak.simulation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scenarios shipped in {@code scenarios/}, each in English and Bahasa Indonesia. */
public final class BuiltInScenarios {

  private BuiltInScenarios() {}

  /** Ids such as {@code insensitive-post.en}, in the order of {@code scenarios/index.txt}. */
  public static List<String> ids() {
    try (InputStream in = BuiltInScenarios.class.getResourceAsStream("/scenarios/index.txt")) {
      if (in == null) {
        throw new IllegalStateException("scenarios/index.txt is missing from the build");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          out.add(id);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in scenario with this id, read and checked; empty when there is none. */
  public static Optional<Scenario> find(String id) {
    if (!ids().contains(id)) {
      return Optional.empty();
    }
    try (InputStream in =
        BuiltInScenarios.class.getResourceAsStream("/scenarios/" + id + ".json")) {
      if (in == null) {
        throw new IllegalStateException("scenarios/" + id + ".json is missing from the build");
      }
      return Optional.of(ScenarioReader.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
