package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareCommandsTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return FirebreakCommand.execute(
        db -> {}, new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private String db() {
    return dir.resolve("incident").toString();
  }

  @Test
  void reportAndHubFromTheCommandLine() throws Exception {
    assertThat(run("demo", "--db", db())).isZero();
    Path csv = dir.resolve("out/queue.csv");
    assertThat(
            run(
                "report",
                "--format",
                "csv",
                "--status",
                "needs_reply",
                "--out",
                csv.toString(),
                "--db",
                db()))
        .as(err.toString())
        .isZero();
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFtime_utc,platform");
    Path html = dir.resolve("out/after-action.html");
    assertThat(
            run(
                "report",
                "--format",
                "html",
                "--lang",
                "id",
                "--out",
                html.toString(),
                "--db",
                db()))
        .isZero();
    assertThat(Files.readString(html)).contains("Laporan pasca-insiden", "Content-Security-Policy");
    Path site = dir.resolve("site");
    assertThat(
            run(
                "hub",
                "--out",
                site.toString(),
                "--seed",
                "Oven recall",
                "--url",
                "https://help.example.com",
                "--db",
                db()))
        .as(err.toString())
        .isZero();
    assertThat(Files.readString(site.resolve("index.html")))
        .contains("Oven recall", "Pertanyaan yang sering diajukan", "https://help.example.com");
    assertThat(site.resolve("hub.css")).exists();
  }

  @Test
  void anUnknownFormatIsAClearError() {
    assertThat(run("report", "--format", "pdf", "--db", db())).isEqualTo(FriendlyErrors.FAILED);
    assertThat(err.toString()).contains("--format pdf is not known; use csv or html");
  }
}
