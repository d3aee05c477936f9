package org.firebreak.intake;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;

/**
 * RFC 4180 CSV, streamed row by row through Jackson. The delimiter ({@code ,} {@code ;} or tab) is
 * read from the header line; the header may follow a few preamble lines (monitoring tools write a
 * report title first).
 */
public final class CsvMessageSource implements MessageSource {

  static final int MAX_FIELD_CHARS = 1_000_000;
  private static final int PEEK_CHARS = 1 << 16;
  private static final int MAX_PREAMBLE_ROWS = 20;

  private final String name;
  private final CsvParser parser;
  private final ColumnMapping mapping;
  private final List<String> warnings = new ArrayList<>();
  private Map<MessageField, Integer> columns;
  private int headerWidth;
  private List<String> header = List.of();
  private String platform;
  private long rowLine;

  public CsvMessageSource(String name, InputStream in, ColumnMapping mapping) {
    this.name = name;
    this.mapping = mapping;
    try {
      BufferedReader reader = new BufferedReader(TextDecoding.reader(in), PEEK_CHARS);
      char delimiter = detectDelimiter(reader);
      CsvFactory factory =
          CsvFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder().maxStringLength(MAX_FIELD_CHARS).build())
              .build();
      this.parser = factory.createParser(reader);
      parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutHeader());
    } catch (IOException e) {
      throw new UnreadableSourceException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** The separator used most on the first line that has any; a comma when none does. */
  static char detectDelimiter(BufferedReader reader) throws IOException {
    reader.mark(PEEK_CHARS);
    char[] buf = new char[PEEK_CHARS];
    int n = reader.read(buf, 0, PEEK_CHARS);
    reader.reset();
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    boolean quoted = false;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (comma + semicolon + tab > 0) {
          break;
        }
      } else if (!quoted) {
        comma += c == ',' ? 1 : 0;
        semicolon += c == ';' ? 1 : 0;
        tab += c == '\t' ? 1 : 0;
      }
    }
    if (tab > comma && tab >= semicolon) {
      return '\t';
    }
    return semicolon > comma ? ';' : ',';
  }

  /**
   * The header row once the first record was asked for: the one used, or the first row when no row
   * looked like a header (so the person importing can choose the columns).
   */
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRecord next() {
    try {
      if (columns == null && !readHeader()) {
        return null;
      }
      List<String> row = readRow();
      if (row == null) {
        return null;
      }
      return toRecord(row);
    } catch (StreamConstraintsException e) {
      throw new UnreadableSourceException(
          name
              + ":"
              + rowLine
              + ": a field is longer than "
              + MAX_FIELD_CHARS
              + " characters; this does not look like a message export",
          e);
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.toString() : e.getMessage().split("\n")[0];
      if (why.toLowerCase(Locale.ROOT).contains("quote")) {
        why = "unbalanced quote: a quoted field opened on this line never closes (" + why + ")";
      }
      throw new UnreadableSourceException(name + ":" + rowLine + ": " + why, e);
    }
  }

  private boolean readHeader() throws IOException {
    List<String> first = null;
    long firstLine = 0;
    for (int i = 0; i < MAX_PREAMBLE_ROWS; i++) {
      List<String> row = readRow();
      if (row == null) {
        break;
      }
      if (first == null) {
        first = row;
        firstLine = rowLine;
        header = java.util.Collections.unmodifiableList(new ArrayList<>(row));
      }
      Map<MessageField, Integer> found = mapping.resolve(row);
      if (found.containsKey(MessageField.TEXT)
          && (found.containsKey(MessageField.ID) || found.containsKey(MessageField.URL))) {
        useHeader(row, found);
        return true;
      }
    }
    if (first == null) {
      throw new UnreadableSourceException(name + ": the file is empty");
    }
    throw new UnreadableSourceException(name + ":" + firstLine + ": " + missing(first));
  }

  private String missing(List<String> header) {
    Map<MessageField, Integer> found = mapping.resolve(header);
    MessageField field = found.containsKey(MessageField.TEXT) ? MessageField.ID : MessageField.TEXT;
    String named = mapping.namedColumn(field);
    String looked = named != null ? "column '" + named + "'" : "a column like " + field.synonyms();
    return "no "
        + field.key()
        + " column in the header (looked for "
        + looked
        + " among "
        + header
        + "); name it with --map "
        + field.key()
        + "=COLUMN";
  }

  private void useHeader(List<String> header, Map<MessageField, Integer> found) {
    this.header = java.util.Collections.unmodifiableList(new ArrayList<>(header));
    columns = found;
    headerWidth = header.size();
    for (MessageField f : MessageField.values()) {
      if (mapping.namedColumn(f) != null && !found.containsKey(f)) {
        warnings.add(
            name + ": no column '" + mapping.namedColumn(f) + "' for " + f.key() + "; left empty");
      }
    }
    if (!found.containsKey(MessageField.ID)) {
      warnings.add(name + ": no id column; each message's url is used as its id");
    }
    if (!found.containsKey(MessageField.CREATED_AT)) {
      warnings.add(name + ": no time column; messages get their arrival time (flagged NO_TIME)");
    }
    Platform fixed = mapping.defaultPlatform();
    if (fixed == null) {
      boolean tweets = header.stream().anyMatch(h -> MessageField.looseKey(h).contains("tweet"));
      fixed = tweets ? Platform.X : Platform.OTHER;
    }
    platform = fixed.name();
  }

  private List<String> readRow() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) {
      return null;
    }
    rowLine = parser.currentLocation().getLineNr();
    List<String> values = new ArrayList<>(Math.max(4, headerWidth));
    while ((t = parser.nextToken()) == JsonToken.VALUE_STRING) {
      values.add(parser.getText());
    }
    return values;
  }

  private SourceRecord toRecord(List<String> row) {
    String where = name + ":" + rowLine;
    String text = value(row, MessageField.TEXT);
    if (text == null) {
      return new Rejection(
          where,
          rowLine,
          "text",
          "missing: the row has " + row.size() + " of " + headerWidth + " columns");
    }
    String id = value(row, MessageField.ID);
    String url = value(row, MessageField.URL);
    String rowPlatform = value(row, MessageField.PLATFORM);
    return new RawMessage(
        where,
        rowLine,
        rowPlatform == null || rowPlatform.isBlank() ? platform : rowPlatform,
        columns.containsKey(MessageField.ID) ? id : url,
        value(row, MessageField.CONVERSATION),
        value(row, MessageField.AUTHOR),
        value(row, MessageField.REACH),
        text,
        url,
        value(row, MessageField.CREATED_AT),
        Direction.INBOUND,
        null);
  }

  private String value(List<String> row, MessageField field) {
    Integer at = columns.get(field);
    return at == null || at >= row.size() ? null : row.get(at);
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // closing after reading; nothing left to lose
    }
  }
}
