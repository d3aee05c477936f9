package org.firebreak.share;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.firebreak.queue.MessageStatus;

/**
 * The queue as CSV for a spreadsheet: RFC 4180 (CRLF, quoted when needed), UTF-8 with a byte order
 * mark, every cell made formula-safe, streamed row by row from the database, written atomically.
 * Column names are stable identifiers, not translated, so the file can be read back by tools.
 */
public final class CsvReport {

  public static final List<String> COLUMNS =
      List.of(
          "time_utc",
          "platform",
          "external_id",
          "author",
          "reach",
          "text",
          "sentiment",
          "priority",
          "labels",
          "status",
          "assignee",
          "replies");

  private static final ObjectWriter WRITER =
      CsvMapper.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build()
          .writerFor(String[].class)
          .with(CsvSchema.emptySchema().withLineSeparator("\r\n"));
  private static final String LABEL_JOIN = "; ";

  /** First column of every row of a report from a training database. */
  public static final String SIMULATION_COLUMN = "simulation";

  public static final String SIMULATION_MARK = "SIMULATION";

  private final QueueRows cursor;
  private final BooleanSupplier training;

  public CsvReport(QueueRows cursor) {
    this(cursor, () -> false);
  }

  /**
   * A report that, from a training database ({@code training} true), starts every line with a
   * {@value #SIMULATION_COLUMN} column saying {@value #SIMULATION_MARK}.
   */
  public CsvReport(QueueRows cursor, BooleanSupplier training) {
    this.cursor = cursor;
    this.training = training;
  }

  /** Writes the report to {@code target} atomically; returns the number of messages in it. */
  public long write(Path target, Optional<MessageStatus> status) throws IOException {
    long[] rows = {0};
    AtomicFile.write(target, out -> rows[0] = write(out, status));
    return rows[0];
  }

  /** Streams the report to {@code out} (left open) as UTF-8; returns the number of messages. */
  public long write(OutputStream out, Optional<MessageStatus> status) throws IOException {
    // Malformed text (a lone surrogate) becomes '?' instead of failing the whole report.
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    long n = write(writer, status);
    writer.flush();
    return n;
  }

  /** Streams the report, byte order mark first, to {@code writer} (left open). */
  public long write(Writer writer, Optional<MessageStatus> status) throws IOException {
    writer.write('\uFEFF');
    boolean drill = training.getAsBoolean();
    try (SequenceWriter rows = WRITER.writeValues(writer)) {
      rows.write(marked(drill, SIMULATION_COLUMN, COLUMNS.toArray(String[]::new)));
      long n =
          cursor.forEach(
              status,
              row -> {
                try {
                  rows.write(marked(drill, SIMULATION_MARK, cells(row)));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      rows.flush();
      return n;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String[] marked(boolean drill, String first, String[] cells) {
    if (!drill) {
      return cells;
    }
    String[] out = new String[cells.length + 1];
    out[0] = first;
    System.arraycopy(cells, 0, out, 1, cells.length);
    return out;
  }

  static String[] cells(QueueRow r) {
    String[] raw = {
      r.receivedAt() == null ? "" : DateTimeFormatter.ISO_INSTANT.format(r.receivedAt()),
      r.platform(),
      r.externalId(),
      r.author(),
      Long.toString(r.reach()),
      r.text(),
      String.format(Locale.ROOT, "%.3f", r.sentiment()),
      Integer.toString(r.priority()),
      String.join(LABEL_JOIN, r.labels()),
      r.status(),
      r.assignee(),
      Long.toString(r.replies())
    };
    for (int i = 0; i < raw.length; i++) {
      raw[i] = SpreadsheetSafe.cell(raw[i]);
    }
    return raw;
  }
}
