package org.firebreak.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.queue.MessageStatus;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {

  @TempDir Path dir;

  static List<String[]> parse(byte[] bytes) throws IOException {
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }

  @Test
  void theDemoQueueBecomesOneRowPerMessageWithItsLabelsAndReplies() throws Exception {
    MutableClock clock = new MutableClock(TempDatabase.T0);
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      clock.advance(Duration.ofMinutes(60));
      Path out = dir.resolve("reports/queue.csv");
      long n = s.csvReport().write(out, Optional.empty());
      long total = s.statsQuery().counts().total();
      assertThat(n).isEqualTo(total);
      List<String[]> rows = parse(Files.readAllBytes(out));
      assertThat(rows.get(0)).containsExactly(CsvReport.COLUMNS.toArray(String[]::new));
      assertThat(rows).hasSize((int) total + 1);
      assertThat(rows.subList(1, rows.size()))
          .allSatisfy(r -> assertThat(r).hasSize(CsvReport.COLUMNS.size()));
      long replied = rows.stream().skip(1).filter(r -> !r[11].equals("0")).count();
      assertThat(replied).isPositive();
      assertThat(rows.stream().skip(1).filter(r -> !r[8].isEmpty())).isNotEmpty();
      assertThat(Files.list(out.getParent())).containsExactly(out);
      String csv = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(csv).contains("\r\n");
    }
  }

  @Test
  void aStatusFilterKeepsOnlyThoseMessages() throws Exception {
    MutableClock clock = new MutableClock(TempDatabase.T0);
    try (Services s = TempDatabase.open(dir, clock)) {
      s.writeDemo();
      Path out = dir.resolve("replied.csv");
      long n = s.csvReport().write(out, Optional.of(MessageStatus.REPLIED));
      List<String[]> rows = parse(Files.readAllBytes(out));
      assertThat(rows).hasSize((int) n + 1);
      assertThat(rows.stream().skip(1)).allSatisfy(r -> assertThat(r[9]).isEqualTo("REPLIED"));
    }
  }

  @Test
  void formulaCellsAreNeutralisedButNumbersAreNot() {
    assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://x\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(SpreadsheetSafe.cell("+1+1")).isEqualTo("'+1+1");
    assertThat(SpreadsheetSafe.cell("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
    assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetSafe.cell("\tx")).isEqualTo("'\tx");
    assertThat(SpreadsheetSafe.cell("\rx")).isEqualTo("'\rx");
    assertThat(SpreadsheetSafe.cell("-0.420")).isEqualTo("-0.420");
    assertThat(SpreadsheetSafe.cell("plain = text")).isEqualTo("plain = text");
    assertThat(SpreadsheetSafe.cell(null)).isEmpty();
  }
}
