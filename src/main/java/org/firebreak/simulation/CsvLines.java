package org.firebreak.simulation;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A spreadsheet's CSV read row by row (Jackson's CSV parser) with the line each row starts on, so
 * that every refusal can name the file and the line. Empty lines are skipped; cells are trimmed.
 */
final class CsvLines implements AutoCloseable {

  /** One row and the line it starts on (1-based). */
  record Row(long line, List<String> cells) {
    String cell(int index) {
      return index < cells.size() ? cells.get(index) : "";
    }
  }

  private static final CsvFactory FACTORY = CsvFactory.builder().build();

  private final String name;
  private final CsvParser parser;

  CsvLines(Reader in, String name) throws IOException {
    this.name = name;
    this.parser = FACTORY.createParser(in);
    parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    parser.setSchema(CsvSchema.emptySchema().withoutHeader());
  }

  /** The next row that has any text, or null at the end of the file. */
  Row next() {
    Row row = nextRow();
    while (row != null && row.cells().stream().allMatch(String::isEmpty)) {
      row = nextRow();
    }
    return row;
  }

  private Row nextRow() {
    long line = parser.currentLocation().getLineNr();
    try {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return null;
      }
      line = parser.currentLocation().getLineNr();
      List<String> cells = new ArrayList<>();
      while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
        cells.add(parser.getText().strip());
      }
      return new Row(line, cells);
    } catch (IOException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new ScenarioException(name, "line " + line + ": not valid CSV (" + why + ")");
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
