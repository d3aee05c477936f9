package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would: java -jar target/firebreak.jar, with no display. */
class PackagedJarIT {

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run firebreak(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-jar",
                Path.of("target", "firebreak.jar").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("DISPLAY");
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  @Test
  void theJarRunsHeadlessCommandsWithoutADisplay() throws Exception {
    Run version = firebreak("--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).startsWith("Firebreak 0.");

    String db = dir.resolve("demo").toString();
    assertThat(firebreak("demo", "--db", db).exit()).isZero();
    Run stats = firebreak("stats", "--json", "--db", db);
    assertThat(stats.exit()).as(stats.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(stats.out());
    assertThat(json.at("/messages/total").asLong()).isEqualTo(320);
    assertThat(json.at("/incident/state").asText()).isEqualTo("ACTIVE");

    Run bad = firebreak("stats", "--nope");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("Usage: firebreak stats");
  }
}
