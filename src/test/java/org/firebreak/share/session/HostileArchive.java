package org.firebreak.share.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds session files by hand, honest or not: entries, a manifest that may lie, patched bytes. */
final class HostileArchive {

  private final Map<String, byte[]> entries = new LinkedHashMap<>();
  private final Map<String, Boolean> listed = new LinkedHashMap<>();
  private Consumer<ObjectNode> manifestEdit = m -> {};

  HostileArchive() {
    // a team member that a merge would otherwise add before reaching the hostile entry
    entry("team.ndjson", "{\"name\":\"Mallory\",\"role\":\"RESPONDER\"}\n");
  }

  HostileArchive entry(String name, String content) {
    return entry(name, content.getBytes(StandardCharsets.UTF_8), true);
  }

  HostileArchive entry(String name, byte[] content, boolean inManifest) {
    entries.put(name, content);
    listed.put(name, inManifest);
    return this;
  }

  HostileArchive manifest(Consumer<ObjectNode> edit) {
    this.manifestEdit = edit;
    return this;
  }

  byte[] bytes() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = json.createObjectNode();
    m.put("formatVersion", 1).put("firebreakVersion", "test").put("schemaVersion", 7);
    m.put("exportedBy", "mallory").put("exportedAt", "2026-11-24T08:00:00Z");
    ArrayNode list = m.putArray("entries");
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (!listed.get(e.getKey())) {
        continue;
      }
      String text = new String(e.getValue(), StandardCharsets.UTF_8);
      list.addObject()
          .put("name", e.getKey())
          .put("rows", text.lines().filter(l -> !l.isBlank()).count())
          .put("bytes", e.getValue().length)
          .put(
              "sha256",
              HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue())));
    }
    manifestEdit.accept(m);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(SessionFormat.MANIFEST));
      zip.write(json.writeValueAsBytes(m));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  Path write(Path file) throws Exception {
    Files.write(file, bytes());
    return file;
  }

  /** Replaces every occurrence of one name with another of the same length (local and central). */
  static byte[] rename(byte[] zip, String from, String to) {
    byte[] a = from.getBytes(StandardCharsets.UTF_8);
    byte[] b = to.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + a.length <= zip.length; i++) {
      if (java.util.Arrays.equals(zip, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, zip, i, b.length);
      }
    }
    return zip;
  }

  /** Marks an entry in the central directory as a Unix symbolic link. */
  static byte[] symlink(byte[] zip, String name) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 46 + n.length <= zip.length; i++) {
      if (zip[i] == 0x50
          && zip[i + 1] == 0x4b
          && zip[i + 2] == 1
          && zip[i + 3] == 2
          && java.util.Arrays.equals(zip, i + 46, i + 46 + n.length, n, 0, n.length)) {
        zip[i + 5] = 3; // made by Unix
        int mode = 0120777 << 16;
        zip[i + 38] = (byte) mode;
        zip[i + 39] = (byte) (mode >> 8);
        zip[i + 40] = (byte) (mode >> 16);
        zip[i + 41] = (byte) (mode >> 24);
      }
    }
    return zip;
  }
}
