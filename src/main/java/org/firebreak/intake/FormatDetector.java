package org.firebreak.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Names the format of an import file from its extension and first bytes. */
public final class FormatDetector {

  private static final int HEAD_BYTES = 1 << 16;

  private FormatDetector() {}

  /** The format of {@code file}; never AUTO. Throws naming the file when nothing fits. */
  public static SourceFormat detect(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    } catch (IOException e) {
      throw new UnreadableSourceException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (name.endsWith(".zip")
        || head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return SourceFormat.ZIP;
    }
    if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      return SourceFormat.CSV;
    }
    if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
      return SourceFormat.NDJSON;
    }
    String text = decodeHead(head).strip();
    if (name.endsWith(".js") || text.startsWith("window.YTD.")) {
      return SourceFormat.X_ARCHIVE;
    }
    if (text.isEmpty()) {
      throw new UnreadableSourceException(file + ": the file is empty");
    }
    if (text.startsWith("[") || text.startsWith("{")) {
      return jsonKind(text);
    }
    int lineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
    String firstLine = text.substring(0, lineEnd);
    if (firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t")) {
      return SourceFormat.CSV;
    }
    throw new UnreadableSourceException(
        file
            + ": not a recognised format (expected CSV, JSON, NDJSON, an X or Mastodon archive,"
            + " Bluesky records or a zip of them); name one with --format");
  }

  private static SourceFormat jsonKind(String text) {
    if (text.contains("\"OrderedCollection\"") || text.contains("\"orderedItems\"")) {
      return SourceFormat.MASTODON;
    }
    if (text.contains("app.bsky.feed.post")) {
      return text.startsWith("{") && !text.contains("\"records\"")
          ? SourceFormat.NDJSON
          : SourceFormat.BLUESKY;
    }
    if (text.startsWith("[")) {
      return SourceFormat.JSON;
    }
    for (String container : new String[] {"\"records\"", "\"items\"", "\"data\"", "\"posts\""}) {
      if (text.contains(container + ":") || text.contains(container + " :")) {
        return SourceFormat.JSON;
      }
    }
    return SourceFormat.NDJSON;
  }

  private static String decodeHead(byte[] head) {
    try {
      var reader = TextDecoding.reader(new java.io.ByteArrayInputStream(head));
      char[] buf = new char[head.length];
      int n = reader.read(buf);
      return n <= 0 ? "" : new String(buf, 0, n).replace("\uFEFF", "");
    } catch (IOException e) {
      return new String(head, StandardCharsets.ISO_8859_1);
    }
  }
}
