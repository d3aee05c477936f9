package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.app.AppVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

  @TempDir Path dir;
  private final List<String> consolesOpened = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return FirebreakCommand.execute(
        consolesOpened::add, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private String db() {
    return dir.resolve("incident").toString();
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("Usage: firebreak", "stats", "demo", "--db=PATH", "--version");
    assertThat(consolesOpened).isEmpty();
  }

  @Test
  void versionNamesTheReleaseAndSchema() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString().strip())
        .isEqualTo(
            "Firebreak "
                + AppVersion.release()
                + " (database schema "
                + AppVersion.SCHEMA_VERSION
                + ")");
  }

  @Test
  void noCommandOpensTheConsoleOnTheChosenDatabase() {
    assertThat(run("--db", db())).isZero();
    assertThat(consolesOpened).containsExactly(db());
  }

  @Test
  void statsJsonOnAnEmptyDatabase() throws Exception {
    assertThat(run("stats", "--db", db(), "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/incident/state").asText()).isEqualTo("NONE");
    assertThat(json.at("/incident/clock").asText()).isEqualTo("--:--");
    assertThat(json.at("/messages/total").asLong()).isZero();
    assertThat(json.at("/messages/needsReply").asLong()).isZero();
    assertThat(json.at("/database").asText()).endsWith("incident.mv.db");
  }

  @Test
  void statsJsonOnTheDemoDatabaseCountsWhatNeedsAReply() throws Exception {
    assertThat(run("demo", "--db", db())).isZero();
    assertThat(out.toString()).contains("Demo incident written", "messages");
    out.getBuffer().setLength(0);

    assertThat(run("stats", "--db", db(), "--json")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.at("/incident/state").asText()).isEqualTo("ACTIVE");
    assertThat(json.at("/incident/originPlatform").asText()).isEqualTo("X");
    assertThat(json.at("/incident/clock").asText()).matches("\\d{2}:\\d{2}");
    long total = json.at("/messages/total").asLong();
    assertThat(total).isEqualTo(320);
    long byStatus = 0;
    long awaiting = 0;
    for (var e :
        (Iterable<java.util.Map.Entry<String, JsonNode>>) json.at("/messages/byStatus")::fields) {
      byStatus += e.getValue().asLong();
      if (List.of("NEEDS_REPLY", "ASSIGNED", "ESCALATED").contains(e.getKey())) {
        awaiting += e.getValue().asLong();
      }
    }
    assertThat(byStatus).isEqualTo(total);
    assertThat(json.at("/messages/needsReply").asLong()).isEqualTo(awaiting).isPositive();
    assertThat(json.at("/messages/byLabel/needs reply").asLong()).isEqualTo(awaiting);
    assertThat(json.at("/messages/byPlatform/X").asLong()).isPositive();
  }

  @Test
  void statsAsTextIsReadable() {
    run("demo", "--db", db());
    out.getBuffer().setLength(0);
    assertThat(run("stats", "--db", db())).isZero();
    assertThat(out.toString())
        .contains(
            "Incident:     Demo: AromaBrew kettle recall (ACTIVE",
            "Crisis clock:",
            "By label:",
            "needs reply");
  }

  @Test
  void unknownCommandsAndOptionsExitWithTwoAndAShortUsage() {
    assertThat(run("bogus")).isEqualTo(2);
    assertThat(err.toString()).contains("Usage: firebreak").doesNotContain("Exception");
    err.getBuffer().setLength(0);
    assertThat(run("stats", "--frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("--frobnicate", "Usage: firebreak stats");
    assertThat(err.toString().lines().count()).isLessThanOrEqualTo(4);
  }

  @Test
  void aDatabaseInUseGivesOneLineAndExitOne() {
    try (var held = org.firebreak.store.Database.open(Path.of(db()))) {
      assertThat(run("stats", "--db", db())).isEqualTo(1);
      assertThat(err.toString())
          .startsWith(
              "firebreak: This incident database is already open in another Firebreak window");
      assertThat(err.toString().lines().count()).isEqualTo(1);
    }
  }
}
