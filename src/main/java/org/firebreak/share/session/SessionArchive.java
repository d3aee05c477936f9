package org.firebreak.share.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A received session file. Opening checks its shape before anything is read: every name inside the
 * root, no duplicates, no links, exactly the entries the manifest lists, a format this build knows.
 * Reading an entry checks its bytes, compression ratio, SHA-256 and JSON limits as it streams, and
 * throws before the caller's transaction could commit.
 */
public final class SessionArchive implements AutoCloseable {

  /** Receives the rows of one entry. */
  @FunctionalInterface
  public interface RowHandler {
    void row(Map<String, Object> row) throws Exception;
  }

  private final String label;
  private final ZipFile zip;
  private final SessionManifest manifest;
  private final ObjectMapper json = SessionFormat.json();

  private SessionArchive(String label, ZipFile zip, SessionManifest manifest) {
    this.label = label;
    this.zip = zip;
    this.manifest = manifest;
  }

  public static SessionArchive open(Path file) {
    String label = file.getFileName().toString();
    List<ZipDirectory.Item> items;
    try {
      items = ZipDirectory.read(file);
    } catch (IOException e) {
      throw new SessionFileException(
          label, null, "not a readable session file: " + e.getMessage(), e);
    }
    Set<String> names = new HashSet<>();
    for (ZipDirectory.Item item : items) {
      String n = item.name();
      if (n.startsWith("/")
          || n.startsWith("\\")
          || n.contains("\\")
          || n.matches("^[A-Za-z]:.*")
          || List.of(n.split("/")).contains("..")) {
        throw new SessionFileException(label, n, "lies outside the archive root; refused");
      }
      if (item.symlink()) {
        throw new SessionFileException(label, n, "is a symbolic link; refused");
      }
      if (!names.add(n)) {
        throw new SessionFileException(label, n, "appears twice; refused");
      }
    }
    ZipFile zip = null;
    try {
      zip = new ZipFile(file.toFile());
      SessionManifest manifest = readManifest(label, zip);
      for (String n : names) {
        if (!n.equals(SessionFormat.MANIFEST) && manifest.entry(n) == null) {
          throw new SessionFileException(
              label, n, "is not listed in the manifest (more entries than it says); refused");
        }
      }
      for (SessionManifest.Entry e : manifest.entries()) {
        if (!names.contains(e.name())) {
          throw new SessionFileException(label, e.name(), "is listed in the manifest but missing");
        }
      }
      return new SessionArchive(label, zip, manifest);
    } catch (IOException e) {
      close(zip);
      throw new SessionFileException(
          label, null, "not a readable session file: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      close(zip);
      throw e;
    }
  }

  private static SessionManifest readManifest(String label, ZipFile zip) throws IOException {
    ZipEntry entry = zip.getEntry(SessionFormat.MANIFEST);
    if (entry == null) {
      throw new SessionFileException(
          label, SessionFormat.MANIFEST, "is missing; this is not a session file");
    }
    ObjectMapper json = SessionFormat.json();
    JsonNode node;
    try (InputStream in =
        new Limited(
            zip.getInputStream(entry),
            SessionFormat.MAX_MANIFEST_BYTES,
            label,
            SessionFormat.MANIFEST)) {
      node = json.readTree(in);
    } catch (JsonProcessingException e) {
      throw new SessionFileException(
          label, SessionFormat.MANIFEST, "is not valid JSON: " + e.getOriginalMessage(), e);
    }
    int version = node == null ? 0 : node.path("formatVersion").asInt(0);
    if (version > SessionFormat.FORMAT_VERSION) {
      throw new SessionFileException(
          label,
          SessionFormat.MANIFEST,
          "is in session format "
              + version
              + ", newer than format "
              + SessionFormat.FORMAT_VERSION
              + " which this Firebreak reads; update Firebreak to open it");
    }
    switch (version) {
      case 1:
      case 2:
        // format 2 added entries (label deletions and links, saved replies and views) and the
        // notes' conversation: a format 1 file simply lacks them, and its rows read the same
        SessionManifest m = json.treeToValue(node, SessionManifest.class);
        if (m.entries() == null) {
          throw new SessionFileException(label, SessionFormat.MANIFEST, "lists no entries");
        }
        // found by fuzzing: an entry without a name
        if (m.entries().stream().anyMatch(e -> e == null || e.name() == null)) {
          throw new SessionFileException(
              label, SessionFormat.MANIFEST, "lists an entry without a name");
        }
        return m;
      default:
        throw new SessionFileException(label, SessionFormat.MANIFEST, "has no valid formatVersion");
    }
  }

  public SessionManifest manifest() {
    return manifest;
  }

  /** Streams the rows of an entry (e.g. "messages"); an entry the file lacks has no rows. */
  public void rows(String entry, RowHandler handler) throws Exception {
    String name = SessionFormat.entryName(entry);
    SessionManifest.Entry expected = manifest.entry(name);
    if (expected == null) {
      return;
    }
    ZipEntry zipEntry = zip.getEntry(name);
    MessageDigest sha = SessionExporter.sha256();
    Limited limited = new Limited(zip.getInputStream(zipEntry), expected.bytes(), label, name);
    limited.ratio(zipEntry.getCompressedSize());
    long rows = 0;
    try (InputStream in = new DigestInputStream(limited, sha);
        MappingIterator<Map<String, Object>> it = json.readerFor(Map.class).readValues(in)) {
      while (it.hasNextValue()) {
        handler.row(it.nextValue());
        rows++;
      }
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (StreamConstraintsException e) {
      throw new SessionFileException(
          label,
          name,
          "exceeds a JSON limit (depth "
              + SessionFormat.MAX_DEPTH
              + ", string "
              + SessionFormat.MAX_STRING
              + " characters): "
              + e.getOriginalMessage(),
          e);
    } catch (JsonProcessingException e) {
      throw new SessionFileException(
          label, name, "is not valid NDJSON: " + e.getOriginalMessage(), e);
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      // found by fuzzing: compressed data that ends early or is corrupt
      throw new SessionFileException(
          label, name, "is damaged (its compressed data is cut short or corrupt)", e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof StreamConstraintsException c) {
        throw new SessionFileException(
            label, name, "exceeds a JSON limit: " + c.getOriginalMessage(), c);
      }
      throw e;
    }
    if (limited.count != expected.bytes()) {
      throw new SessionFileException(
          label,
          name,
          "holds " + limited.count + " bytes, not the " + expected.bytes() + " the manifest says");
    }
    if (!HexFormat.of()
        .formatHex(sha.digest())
        .equalsIgnoreCase(String.valueOf(expected.sha256()))) {
      throw new SessionFileException(
          label, name, "does not match its SHA-256 in the manifest (damaged or altered)");
    }
    if (rows != expected.rows()) {
      throw new SessionFileException(
          label,
          name,
          "holds " + rows + " rows, not the " + expected.rows() + " the manifest says");
    }
  }

  /** Counts bytes and refuses more than the manifest says or a bomb's compression ratio. */
  private static final class Limited extends FilterInputStream {
    private final long max;
    private final String label;
    private final String name;
    private long compressed = -1;
    long count;

    Limited(InputStream in, long max, String label, String name) {
      super(in);
      this.max = max;
      this.label = label;
      this.name = name;
    }

    void ratio(long compressedSize) {
      this.compressed = compressedSize;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new SessionFileException(
              label, name, "holds more bytes than the manifest says (" + max + "); refused");
        }
        if (compressed >= 0
            && count > SessionFormat.RATIO_FLOOR_BYTES
            && count > SessionFormat.MAX_RATIO * Math.max(1, compressed)) {
          throw new SessionFileException(
              label,
              name,
              "expands more than "
                  + SessionFormat.MAX_RATIO
                  + " times its compressed size (a zip bomb); refused");
        }
      }
      return n;
    }
  }

  private static void close(ZipFile zip) {
    try {
      if (zip != null) {
        zip.close();
      }
    } catch (IOException ignored) {
      // already failing; the first problem is the one reported
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
