package org.firebreak.share.session;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import org.firebreak.store.SessionRows;

/**
 * Writes an entry's rows as NDJSON straight from the column values: one object per line, fields in
 * name order (as the object mapper writes a sorted map), no map per row.
 */
final class NdjsonRows implements SessionRows.ColumnSink {

  private static final int PROGRESS_EVERY = 1000;

  private final JsonGenerator gen;
  private final String name;
  private String[] names;
  private int[] order;
  private long count;
  private long[] done = {0};
  private long total;
  private SessionExporter.Progress progress = SessionExporter.Progress.NONE;

  NdjsonRows(JsonGenerator gen, String name) {
    this.gen = gen;
    this.name = name;
    gen.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
  }

  NdjsonRows progress(long[] doneSoFar, long totalRows, SessionExporter.Progress p) {
    this.done = doneSoFar;
    this.total = totalRows;
    this.progress = p;
    return this;
  }

  @Override
  public void columns(String[] columnNames) {
    names = columnNames;
    Integer[] sorted = new Integer[columnNames.length];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = i;
    }
    Arrays.sort(sorted, (a, b) -> columnNames[a].compareTo(columnNames[b]));
    order = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
  }

  @Override
  public void row(Object[] values) throws IOException {
    gen.writeStartObject();
    for (int i : order) {
      gen.writeFieldName(names[i]);
      Object v = values[i];
      if (v == null) {
        gen.writeNull();
      } else if (v instanceof String s) {
        gen.writeString(s);
      } else if (v instanceof Long l) {
        gen.writeNumber(l);
      } else if (v instanceof Integer n) {
        gen.writeNumber(n);
      } else if (v instanceof Double d) {
        gen.writeNumber(d);
      } else if (v instanceof Boolean b) {
        gen.writeBoolean(b);
      } else {
        gen.writeObject(v);
      }
    }
    gen.writeEndObject();
    gen.writeRaw('\n');
    count++;
    if (++done[0] % PROGRESS_EVERY == 0) {
      if (progress.cancelled()) {
        throw new CancellationException("Export to " + name + " cancelled");
      }
      progress.rows(done[0], total);
    }
  }

  long count() {
    return count;
  }

  void close() throws IOException {
    gen.close();
  }
}
