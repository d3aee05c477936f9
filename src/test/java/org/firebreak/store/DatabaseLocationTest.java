package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseLocationTest {
  private final Path home = Path.of("/home/rina");

  @Test
  void followsEachPlatformsDataFolder() {
    assertThat(DatabaseLocation.resolve(null, Map.of(), "Linux", home))
        .isEqualTo(Path.of("/home/rina/.local/share/firebreak/firebreak"));
    assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", home))
        .isEqualTo(Path.of("/data/firebreak/firebreak"));
    assertThat(DatabaseLocation.resolve(null, Map.of(), "Mac OS X", home))
        .isEqualTo(Path.of("/home/rina/Library/Application Support/Firebreak/firebreak"));
    assertThat(DatabaseLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", home))
        .isEqualTo(Path.of("/appdata/Firebreak/firebreak"));
  }

  @Test
  void theOptionWinsOverTheEnvironmentAndTheH2SuffixIsOptional() {
    Map<String, String> env = Map.of(DatabaseLocation.ENV_VARIABLE, "/env/recall.mv.db");
    assertThat(DatabaseLocation.resolve(null, env, "Linux", home))
        .isEqualTo(Path.of("/env/recall"));
    assertThat(DatabaseLocation.resolve("/opt/drill", env, "Linux", home))
        .isEqualTo(Path.of("/opt/drill"));
    assertThat(DatabaseLocation.dataFile(Path.of("/opt/drill")))
        .isEqualTo(Path.of("/opt/drill.mv.db"));
  }
}
