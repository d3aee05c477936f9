package org.firebreak.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String... args) {
    CommandLine cmd = new CommandLine(new FirebreakCommand(db -> {}));
    cmd.setExecutionExceptionHandler(new FriendlyErrors());
    cmd.setParameterExceptionHandler(FriendlyErrors::usage);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private String db() {
    return dir.resolve("incident").toString();
  }

  @Test
  void printsCountsAndImportingTwiceAddsNothing() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("mentions.csv"),
            "id,text,created_at\na,kettle on fire,2023-08-12T10:00:00Z\nb,ok,whenever\n");
    Run first = run("import", csv.toString(), "--db", db());
    assertThat(first.code()).isZero();
    assertThat(first.out().strip()).isEqualTo("read 2, imported 1, duplicates 0, rejected 1");
    assertThat(first.err()).contains("rejected: mentions.csv:3, field created_at");
    Run second = run("import", csv.toString(), "--db", db());
    assertThat(second.out().strip()).isEqualTo("read 2, imported 0, duplicates 1, rejected 1");
  }

  @Test
  void aPresetSavedInTheDatabaseIsUsedByName() throws Exception {
    try (org.firebreak.app.Services s =
        org.firebreak.testing.TempDatabase.open(
            Path.of(db()).getParent(),
            new org.firebreak.testing.MutableClock(org.firebreak.testing.TempDatabase.T0))) {
      s.columnPresets()
          .save(
              "Acme monitor",
              org.firebreak.intake.ColumnMapping.generic()
                  .with(java.util.List.of("id=Kode", "text=Isi pesan", "author=Akun")),
              "test");
    }
    Path csv =
        Files.writeString(
            dir.resolve("acme.csv"), "Kode;Isi pesan;Akun\nk1;kettle melted;warga1\n");
    Run unknown = run("import", csv.toString(), "--db", db(), "--preset", "acme");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err())
        .contains("Unknown column preset 'acme'")
        .contains("generic, brandwatch, talkwalker, Acme monitor");
    Run r = run("import", csv.toString(), "--db", db(), "--preset", "acme MONITOR", "--json");
    assertThat(r.code()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get("imported").asLong()).isEqualTo(1);
  }

  @Test
  void jsonReportsCountsAndRejectedLines() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("m.csv"),
            "Ref;Body\nr1;hello\n1.5E+17;mangled\n",
            java.nio.charset.StandardCharsets.UTF_8);
    Run r =
        run("import", csv.toString(), "--db", db(), "--json", "--map", "id=Ref", "--format", "csv");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("read").asLong()).isEqualTo(2);
    assertThat(json.get("imported").asLong()).isEqualTo(1);
    assertThat(json.get("duplicates").asLong()).isZero();
    assertThat(json.get("rejected").asLong()).isEqualTo(1);
    JsonNode row = json.get("rejectedRows").get(0);
    assertThat(row.get("line").asLong()).isEqualTo(3);
    assertThat(row.get("reason").asText()).contains("spreadsheet");
  }

  @Test
  void anUnreadableFileExitsOneNamingTheLineAndWritesNothing() throws Exception {
    Path good = Files.writeString(dir.resolve("good.csv"), "id,text\ng1,one\n");
    run("import", good.toString(), "--db", db());
    Path bad = Files.writeString(dir.resolve("bad.csv"), "id,text\nx1,\"open\nx2,two\nx3,three\n");
    Run r = run("import", bad.toString(), "--db", db());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).contains("bad.csv:2: unbalanced quote").contains("nothing imported");
    Run stats = run("stats", "--db", db(), "--json");
    assertThat(new ObjectMapper().readTree(stats.out()).at("/messages/total").asLong())
        .isEqualTo(1);
  }

  @Test
  void aMissingFileOrUnknownFormatExitsOne() {
    Run missing = run("import", dir.resolve("nope.csv").toString(), "--db", db());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.csv: no such file");
    Path f = dir.resolve("x.csv");
    Run format = run("import", f.toString(), "--db", db(), "--format", "yaml");
    assertThat(format.code()).isEqualTo(1);
    assertThat(format.err()).contains("Unknown format 'yaml'");
  }
}
