package org.firebreak.intake;

import java.io.Closeable;

/**
 * A streaming reader of one import file: yields one record at a time, never the whole file. A
 * problem with one record is a {@link Rejection}; a file that cannot be read at all throws {@link
 * UnreadableSourceException}.
 */
public interface MessageSource extends Closeable {

  /** The next record, or null at the end of the source. */
  SourceRecord next();

  /** Notes for the person importing (e.g. "no time column: arrival time used"); may grow. */
  default java.util.List<String> warnings() {
    return java.util.List.of();
  }

  @Override
  void close();
}
