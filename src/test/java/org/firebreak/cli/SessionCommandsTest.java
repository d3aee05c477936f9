package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionCommandsTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return FirebreakCommand.execute(
        db -> {}, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void exportOpenAndMergeFromTheCommandLine() {
    String db = dir.resolve("incident").toString();
    String file = dir.resolve("incident.firebreak").toString();
    assertThat(run("demo", "--db", db)).isZero();
    assertThat(run("export", "--out", file, "--db", db)).as(err.toString()).isZero();
    assertThat(err.toString()).contains("rows written to");
    assertThat(run("open", file, "--db", dir.resolve("copy").toString()))
        .as(err.toString())
        .isZero();
    assertThat(run("open", file, "--db", db)).isEqualTo(FriendlyErrors.FAILED);
    assertThat(err.toString()).contains("already holds an incident");
    assertThat(run("merge", file, "--db", db, "--json")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("\"added\" : { }", "\"conflicts\" : [ ]");
  }

  @Test
  void aDamagedFileIsAClearError() throws Exception {
    Path file = dir.resolve("junk.firebreak");
    java.nio.file.Files.writeString(file, "not a zip");
    assertThat(run("merge", file.toString(), "--db", dir.resolve("incident").toString()))
        .isEqualTo(FriendlyErrors.FAILED);
    assertThat(err.toString()).contains("junk.firebreak: not a readable session file");
  }
}
