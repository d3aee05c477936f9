package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

  @TempDir Path dir;
  IntakeFixture fx;

  @BeforeEach
  void open() {
    fx = new IntakeFixture(dir);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void crisislexSampleImportsAsTweetsAndTwiceAddsNothing() {
    Path file = fx.resource("alberta_floods_sample.csv");
    ImportSummary first = fx.importFile(file);
    assertThat(first.line()).isEqualTo("read 200, imported 200, duplicates 0, rejected 0");
    assertThat(first.warnings()).anyMatch(w -> w.contains("no time column"));
    Map<String, Map<String, String>> rows = fx.rows("platform", "flags", "text");
    assertThat(rows).containsKey("348351442404376578");
    assertThat(rows.get("348351442404376578").get("platform")).isEqualTo("X");
    assertThat(rows.get("348351442404376578").get("flags")).contains("NO_TIME");

    ImportSummary second = fx.importFile(file);
    assertThat(second.line()).isEqualTo("read 200, imported 0, duplicates 200, rejected 0");
    assertThat(fx.count()).isEqualTo(200);
  }

  @Test
  void genericHeadersAreMatchedLooselyAndEveryTimeFormatIsRead() {
    ImportSummary s = fx.importFile(fx.resource("generic.csv"));
    assertThat(s.read()).isEqualTo(7);
    assertThat(s.imported()).isEqualTo(6);
    assertThat(s.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.where()).isEqualTo("generic.csv:9");
              assertThat(r.field()).isEqualTo("created_at");
              assertThat(r.reason()).contains("last tuesday-ish");
            });
    Map<String, Map<String, String>> rows =
        fx.rows("platform", "author", "author_reach", "created_at", "flags", "text", "language");
    assertThat(rows.get("1690000000000000001").get("created_at")).startsWith("2023-08-12 16:10:37");
    assertThat(rows.get("1690000000000000002").get("created_at")).startsWith("2023-08-12 16:11:00");
    assertThat(rows.get("fb-778").get("created_at")).startsWith("2023-08-12 16:12:00");
    assertThat(rows.get("fb-778").get("platform")).isEqualTo("FACEBOOK");
    assertThat(rows.get("fb-778").get("language")).isEqualTo("id");
    assertThat(rows.get("ig-1").get("created_at")).startsWith("2023-08-12 16:13:00");
    assertThat(rows.get("ig-1").get("text"))
        .isEqualTo("Mine \"just\" stopped working,\nno sparks though");
    assertThat(rows.get("1690000000000000003").get("flags")).contains("TIME_AMBIGUOUS");
    assertThat(rows.get("1690000000000000004").get("flags")).contains("TIME_NO_OFFSET");
    assertThat(rows.get("1690000000000000001").get("author_reach")).isEqualTo("15000");
    assertThat(rows.get("1690000000000000001").get("language")).isEqualTo("en");
  }

  @Test
  void brandwatchPresetSkipsTheReportPreamble() {
    ImportSummary s =
        fx.importFile(
            fx.resource("brandwatch_style.csv"),
            SourceFormat.CSV,
            ColumnMapping.preset("brandwatch"));
    assertThat(s.line()).isEqualTo("read 2, imported 2, duplicates 0, rejected 0");
    Map<String, Map<String, String>> rows = fx.rows("platform", "author", "author_reach");
    assertThat(rows.get("1690000000000000100").get("author_reach")).isEqualTo("2400");
    assertThat(rows.get("fb_55").get("platform")).isEqualTo("FACEBOOK");
  }

  @Test
  void talkwalkerPresetReadsSemicolonsAndEpochMillis() {
    ImportSummary s =
        fx.importFile(
            fx.resource("talkwalker_style.csv"),
            SourceFormat.AUTO,
            ColumnMapping.preset("talkwalker"));
    assertThat(s.imported()).isEqualTo(2);
    Map<String, Map<String, String>> rows = fx.rows("platform", "created_at", "priority");
    Map<String, String> boycott = rows.get("https://x.com/b/status/1690000000000000200");
    assertThat(boycott.get("platform")).isEqualTo("X");
    assertThat(boycott.get("created_at")).startsWith("2023-08-12 16:25:00");
    assertThat(Integer.parseInt(boycott.get("priority"))).isGreaterThanOrEqualTo(30);
  }

  @Test
  void mapOverrideNamesTheColumn() {
    Path f = fx.write("custom.csv", "ref\tsays\twho\nA1\thello there\tme\n");
    ImportSummary s =
        fx.importFile(
            f,
            SourceFormat.CSV,
            ColumnMapping.generic().with(List.of("id=ref", "text=says", "author=who")));
    assertThat(s.imported()).isEqualTo(1);
    assertThat(fx.rows("author").get("A1").get("author")).isEqualTo("me");
    ImportSummary typo =
        fx.importFile(
            f,
            SourceFormat.CSV,
            ColumnMapping.generic().with(List.of("id=ref", "text=says", "author=whom")));
    assertThat(typo.warnings()).contains("custom.csv: no column 'whom' for author; left empty");
  }

  @Test
  void emptyFileAndMissingTextColumnAreRefusedByName() {
    assertThatThrownBy(() -> fx.importFile(fx.write("empty.csv", "")))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("empty.csv")
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> fx.importFile(fx.write("notext.csv", "id,colour\n1,red\n")))
        .hasMessageContaining("notext.csv:1")
        .hasMessageContaining("no text column");
    assertThat(fx.count()).isZero();
  }

  @Test
  void headerOnlyReadsNothing() {
    ImportSummary s = fx.importFile(fx.write("header.csv", "id,text,author\r\n"));
    assertThat(s.line()).isEqualTo("read 0, imported 0, duplicates 0, rejected 0");
  }

  @Test
  void bomsUtf16AndInvalidBytesAreDecodedLeniently() {
    byte[] bom = "\uFEFFid,text\nb1,caf\u00e9 with BOM\n".getBytes(StandardCharsets.UTF_8);
    byte[] utf16 = "\uFEFFid,text\nu1,\u00fctf sixteen\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] invalid = {
      'i',
      'd',
      ',',
      't',
      'e',
      'x',
      't',
      '\n',
      'x',
      '1',
      ',',
      'b',
      (byte) 0xC3,
      (byte) 0x28,
      'a',
      'd',
      '\n'
    };
    fx.importFile(fx.write("bom.csv", bom));
    fx.importFile(fx.write("utf16.csv", utf16));
    fx.importFile(fx.write("invalid.csv", invalid));
    Map<String, Map<String, String>> rows = fx.rows("text", "flags");
    assertThat(rows.get("b1").get("text")).isEqualTo("caf\u00e9 with BOM");
    assertThat(rows.get("u1").get("text")).isEqualTo("\u00fctf sixteen");
    assertThat(rows.get("x1").get("text")).isEqualTo("b\uFFFD(ad");
    assertThat(rows.get("x1").get("flags")).contains("INVALID_UTF8");
  }

  @Test
  void mixedLineEndingsAndQuotedNewlinesKeepLineNumbers() {
    String csv =
        "id,text,created_at\r\nm1,one,2023-08-12T10:00:00Z\nm2,\"two\r\nlines\",2023-08-12T10:00:00Z\rm3,three,nonsense\r\n";
    ImportSummary s = fx.importFile(fx.write("mixed.csv", csv));
    assertThat(s.imported()).isEqualTo(2);
    assertThat(fx.rows("text").get("m2").get("text")).isEqualTo("two\r\nlines");
    assertThat(s.rejections())
        .singleElement()
        .satisfies(r -> assertThat(r.where()).isEqualTo("mixed.csv:5"));
  }

  @Test
  void unbalancedQuoteAtLineTwoNamesTheLineAndWritesNothing() {
    fx.importFile(fx.resource("generic.csv"));
    long before = fx.count();
    StringBuilder csv = new StringBuilder("id,text\nq1,\"never closed\n");
    for (int i = 0; i < 3000; i++) {
      csv.append("r").append(i).append(",row ").append(i).append('\n');
    }
    assertThatThrownBy(() -> fx.importFile(fx.write("quote.csv", csv.toString())))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageStartingWith("quote.csv:2: unbalanced quote");
    assertThat(fx.count()).isEqualTo(before);
  }

  @Test
  void missingAndExtraColumns() {
    ImportSummary s =
        fx.importFile(fx.write("ragged.csv", "id,author,text\na1,ann\na2,bob,hi,extra,more\n"));
    assertThat(s.imported()).isEqualTo(1);
    assertThat(s.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.where()).isEqualTo("ragged.csv:2");
              assertThat(r.field()).isEqualTo("text");
              assertThat(r.reason()).contains("2 of 3 columns");
            });
  }

  @Test
  void duplicateIdsWithinAFileAndAcrossFiles() {
    fx.importFile(fx.write("a.csv", "id,text\nd1,one\nd2,two\nd1,one again\n"));
    ImportSummary second = fx.importFile(fx.write("b.csv", "id,text\nd2,two\nd3,three\n"));
    assertThat(second.line()).isEqualTo("read 2, imported 1, duplicates 1, rejected 0");
    assertThat(fx.count()).isEqualTo(3);
  }

  @Test
  void idsInScientificNotationAreRefusedWithAWarning() {
    ImportSummary s =
        fx.importFile(fx.write("excel.csv", "id,text\n1.23457E+17,mangled\n1.23457E+17,again\n"));
    assertThat(s.rejected()).isEqualTo(2);
    assertThat(s.rejections().get(0).describe())
        .contains("excel.csv:2", "field id", "spreadsheet", "not usable");
    assertThat(s.warnings()).anyMatch(w -> w.contains("id column is not usable"));
    assertThat(fx.count()).isZero();
  }

  @Test
  void aFiftyMegabyteFieldIsRefusedWithoutRunningOutOfMemory() {
    fx.importFile(fx.resource("generic.csv"));
    long before = fx.count();
    GeneratedInput big = GeneratedInput.of("id,text\nbig,\"", 50L << 20, 'a', "\"\n");
    assertThatThrownBy(() -> fx.importStream("big.csv", big, SourceFormat.CSV))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("big.csv:2")
        .hasMessageContaining("longer than");
    assertThat(fx.count()).isEqualTo(before);
  }

  @Test
  void aHundredMegabyteLineWithoutNewlineIsRefused() {
    GeneratedInput line = GeneratedInput.of("id,text\nlong,", 100L << 20, 'b', "");
    assertThatThrownBy(() -> fx.importStream("line.csv", line, SourceFormat.CSV))
        .hasMessageContaining("line.csv:2")
        .hasMessageContaining("longer than");
    assertThat(fx.count()).isZero();
  }
}
