package org.firebreak.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvReportProperties {

  static final List<String> HOSTILE =
      List.of(
          "=",
          "+",
          "-",
          "@",
          "\t",
          "\r",
          "\n",
          "\"",
          ",",
          ";",
          "'",
          "=cmd|' /C calc'!A0",
          "=HYPERLINK(\"http://evil\",\"x\")",
          "@SUM(1+1)*cmd|' /C calc'!A0",
          "\u0000",
          "\u202e",
          "\uFEFF",
          "\r\n",
          "\"\"",
          "😀",
          "-1",
          "+1");

  /** Well-formed strings mixing hostile pieces with random text of any script. */
  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> random =
        Arbitraries.strings()
            .withCharRange('\u0000', '\uD7FF')
            .withCharRange('\uE000', '\uFFFD')
            .ofMaxLength(30);
    Arbitrary<String> piece = Arbitraries.oneOf(random, Arbitraries.of(HOSTILE));
    return piece.list().ofMaxSize(5).map(l -> String.join("", l));
  }

  @Property(tries = 2000)
  void noCellStartsAFormulaAndTheTextComesBack(
      @ForAll("hostile") String text,
      @ForAll("hostile") String author,
      @ForAll("hostile") String label,
      @ForAll("hostile") String assignee)
      throws Exception {
    QueueRow row =
        new QueueRow(
            Instant.parse("2026-11-24T08:00:00Z"),
            "X",
            author,
            author,
            -3,
            text,
            -0.5,
            -2,
            List.of(label),
            "NEEDS_REPLY",
            assignee,
            0);
    CsvReport report =
        new CsvReport(
            (status, sink) -> {
              sink.accept(row);
              return 1;
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.write(out, Optional.empty());
    List<String[]> rows = CsvReportTest.parse(out.toByteArray());
    assertThat(rows).hasSize(2);
    String[] cells = rows.get(1);
    assertThat(cells).hasSize(CsvReport.COLUMNS.size());
    for (String cell : cells) {
      assertThat(SpreadsheetSafe.startsFormula(cell)).as("cell %s", cell).isFalse();
    }
    assertThat(unneutralised(cells[5], text)).isEqualTo(text);
    assertThat(unneutralised(cells[3], author)).isEqualTo(author);
    assertThat(unneutralised(cells[8], label)).isEqualTo(label);
    assertThat(unneutralised(cells[10], assignee)).isEqualTo(assignee);
    assertThat(cells[6]).isEqualTo("-0.500");
  }

  /** The cell without the quote the report added, which it adds exactly when the text needs it. */
  private static String unneutralised(String cell, String original) {
    if (SpreadsheetSafe.startsFormula(original)) {
      assertThat(cell).startsWith("'");
      return cell.substring(1);
    }
    return cell;
  }

  @Property(tries = 500)
  void neutralisingIsExactlyOneQuote(@ForAll("hostile") String s) {
    String safe = SpreadsheetSafe.cell(s);
    assertThat(SpreadsheetSafe.startsFormula(safe)).isFalse();
    assertThat(safe).isIn(s, "'" + s);
  }
}
