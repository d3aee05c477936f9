package org.firebreak.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A zip of an export (an X, Mastodon or Bluesky archive, or a folder of CSV files): each known
 * entry is read in turn by its own source. Nothing is extracted to disk. Entry names that climb out
 * of the archive ({@code ../x}, {@code /etc/x}) and zip bombs are refused before anything is read.
 */
public final class ZipMessageSource implements MessageSource {

  static final long MAX_TOTAL_BYTES = 2L << 30;
  static final long MAX_RATIO = 100;
  private static final long RATIO_FLOOR_BYTES = 1 << 20;

  private final String name;
  private final ZipFile zip;
  private final SourceOpener opener;
  private final Iterator<ZipEntry> entries;
  private final List<String> warnings = new ArrayList<>();
  private MessageSource current;
  private long totalBytes;

  public ZipMessageSource(Path file, SourceOpener opener) {
    this.name = file.getFileName().toString();
    this.opener = opener;
    try {
      this.zip = new ZipFile(file.toFile());
    } catch (IOException e) {
      throw new UnreadableSourceException(name + ": not a readable zip: " + e.getMessage(), e);
    }
    try {
      this.entries = check().iterator();
    } catch (IllegalArgumentException e) {
      // found by fuzzing: an entry name that is not valid UTF-8 stops Java's zip reader
      closeZip();
      throw new UnreadableSourceException(
          name + ": an entry name in the zip is not readable text; the zip is refused", e);
    } catch (RuntimeException e) {
      closeZip();
      throw e;
    }
  }

  /** Refuses unsafe names and bombs up front; returns the entries worth reading. */
  private List<ZipEntry> check() {
    List<ZipEntry> wanted = new ArrayList<>();
    long declared = 0;
    int skipped = 0;
    for (ZipEntry e : Collections.list(zip.entries())) {
      String entry = e.getName();
      if (unsafe(entry)) {
        throw new UnreadableSourceException(
            name + ": entry '" + entry + "' points outside the archive; the zip is refused");
      }
      declared += Math.max(0, e.getSize());
      if (declared > MAX_TOTAL_BYTES || tooCompressed(e.getSize(), e.getCompressedSize())) {
        throw bomb(entry);
      }
      if (e.isDirectory()) {
        continue;
      }
      if (formatOf(entry) != null) {
        wanted.add(e);
      } else {
        skipped++;
      }
    }
    if (wanted.isEmpty()) {
      throw new UnreadableSourceException(
          name
              + ": no messages file inside (looked for tweets.js, direct-messages.js,"
              + " outbox.json, *.csv, *.ndjson, posts*.json)");
    }
    if (skipped > 0) {
      warnings.add(name + ": " + skipped + " other entries left unread");
    }
    return wanted;
  }

  static boolean unsafe(String entry) {
    String n = entry.replace('\\', '/');
    if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
      return true;
    }
    for (String part : n.split("/")) {
      if (part.equals("..")) {
        return true;
      }
    }
    return false;
  }

  private static boolean tooCompressed(long size, long compressed) {
    return size > RATIO_FLOOR_BYTES && size > MAX_RATIO * Math.max(1, compressed);
  }

  private UnreadableSourceException bomb(String entry) {
    return new UnreadableSourceException(
        name
            + ": entry '"
            + entry
            + "' expands far beyond its compressed size (over "
            + MAX_RATIO
            + "x, or over 2 GB in all); this looks like a zip bomb and is refused");
  }

  static SourceFormat formatOf(String entry) {
    String file = entry.substring(entry.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    if (file.matches("(tweets?|direct[-_]messages(-group)?)(-part\\d+)?\\.js")) {
      return SourceFormat.X_ARCHIVE;
    }
    if (file.equals("outbox.json")) {
      return SourceFormat.MASTODON;
    }
    if (file.endsWith(".csv") || file.endsWith(".tsv")) {
      return SourceFormat.CSV;
    }
    if (file.endsWith(".ndjson") || file.endsWith(".jsonl")) {
      return SourceFormat.NDJSON;
    }
    if (file.startsWith("posts") && file.endsWith(".json")) {
      return SourceFormat.BLUESKY;
    }
    return null;
  }

  @Override
  public SourceRecord next() {
    while (true) {
      if (current == null) {
        if (!entries.hasNext()) {
          return null;
        }
        ZipEntry e = entries.next();
        try {
          InputStream in = new CappedEntryStream(zip.getInputStream(e), e);
          current = opener.open(name + "!" + e.getName(), in, formatOf(e.getName()));
        } catch (IOException ex) {
          throw new UnreadableSourceException(
              name + "!" + e.getName() + ": cannot be read: " + ex.getMessage(), ex);
        }
      }
      SourceRecord r = current.next();
      if (r != null) {
        return r;
      }
      warnings.addAll(current.warnings());
      current.close();
      current = null;
    }
  }

  /** Counts what an entry really expands to, in case its header lied about the size. */
  private final class CappedEntryStream extends java.io.FilterInputStream {
    private final ZipEntry entry;
    private long read;

    CappedEntryStream(InputStream in, ZipEntry entry) {
      super(in);
      this.entry = entry;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(0, n));
      return n;
    }

    private void count(int n) {
      read += n;
      totalBytes += n;
      if (totalBytes > MAX_TOTAL_BYTES || tooCompressed(read, entry.getCompressedSize())) {
        throw bomb(entry.getName());
      }
    }
  }

  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
    }
    closeZip();
  }

  private void closeZip() {
    try {
      zip.close();
    } catch (IOException ignored) {
      // closing after reading; nothing left to lose
    }
  }
}
