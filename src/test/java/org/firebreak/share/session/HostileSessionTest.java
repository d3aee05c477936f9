package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.firebreak.app.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile archive is refused with the entry named, and nothing is written. */
class HostileSessionTest {

  private static final String NOTE =
      "{\"m_platform\":\"X\",\"m_external_id\":\"none\",\"text\":\"hi\",\"author\":\"a\","
          + "\"created_at\":\"2026-11-24T08:00:00Z\"}\n";

  @TempDir Path dir;
  private Services target;
  private Map<String, String> before;

  @BeforeEach
  void demo() {
    target = SessionFixture.demo(dir, "target", SessionFixture.clock());
    before = SessionChecksums.of(target.database());
  }

  @AfterEach
  void close() {
    target.close();
  }

  private void refused(Path file, String entry, String... words) {
    assertThatThrownBy(() -> new SessionMerger(target.database()).merge(file))
        .isInstanceOf(SessionFileException.class)
        .hasMessageContaining("entry " + entry)
        .hasMessageContaining(words.length == 0 ? "" : words[0])
        .satisfies(e -> assertThat(((SessionFileException) e).entry()).isEqualTo(entry));
    assertThat(SessionChecksums.of(target.database())).isEqualTo(before);
    Path fresh = dir.resolve("fresh");
    assertThatThrownBy(() -> SessionOpener.open(file, fresh))
        .isInstanceOf(SessionFileException.class);
    assertThat(dir.resolve("fresh.mv.db")).doesNotExist();
  }

  private Path file(String name, byte[] bytes) throws Exception {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void anHonestHandMadeFileIsAccepted() throws Exception {
    Path file = new HostileArchive().entry("notes.ndjson", NOTE).write(dir.resolve("ok.firebreak"));
    assertThat(new SessionMerger(target.database()).merge(file).added()).containsEntry("team", 1L);
  }

  @Test
  void entriesOutsideTheRoot() throws Exception {
    refused(
        new HostileArchive().entry("../notes.ndjson", NOTE).write(dir.resolve("a.firebreak")),
        "../notes.ndjson",
        "outside");
    refused(
        new HostileArchive().entry("/etc/notes.ndjson", NOTE).write(dir.resolve("b.firebreak")),
        "/etc/notes.ndjson",
        "outside");
  }

  @Test
  void duplicateNames() throws Exception {
    byte[] zip =
        new HostileArchive().entry("notes.ndjson", NOTE).entry("notez.ndjson", NOTE).bytes();
    refused(
        file("dup.firebreak", HostileArchive.rename(zip, "notez.ndjson", "notes.ndjson")),
        "notes.ndjson",
        "twice");
  }

  @Test
  void symbolicLinks() throws Exception {
    byte[] zip = new HostileArchive().entry("notes.ndjson", NOTE).bytes();
    refused(
        file("link.firebreak", HostileArchive.symlink(zip, "notes.ndjson")),
        "notes.ndjson",
        "symbolic link");
  }

  @Test
  void moreEntriesThanTheManifestSays() throws Exception {
    refused(
        new HostileArchive()
            .entry("extra.ndjson", NOTE.getBytes(), false)
            .write(dir.resolve("x.firebreak")),
        "extra.ndjson",
        "not listed");
  }

  @Test
  void moreBytesThanTheManifestSays() throws Exception {
    Path file =
        new HostileArchive()
            .entry("notes.ndjson", NOTE)
            .manifest(
                m ->
                    ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("entries").get(1))
                        .put("bytes", 10))
            .write(dir.resolve("bytes.firebreak"));
    refused(file, "notes.ndjson", "more bytes");
  }

  @Test
  void aZipBomb() throws Exception {
    String padded = NOTE.strip() + " ".repeat(5_000_000) + "\n";
    refused(
        new HostileArchive().entry("notes.ndjson", padded).write(dir.resolve("bomb.firebreak")),
        "notes.ndjson",
        "zip bomb");
  }

  @Test
  void aBadChecksum() throws Exception {
    Path file =
        new HostileArchive()
            .entry("notes.ndjson", NOTE)
            .manifest(
                m ->
                    ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("entries").get(1))
                        .put("sha256", "00".repeat(32)))
            .write(dir.resolve("sha.firebreak"));
    refused(file, "notes.ndjson", "SHA-256");
  }

  @Test
  void aNewerFormatNamesBothVersions() throws Exception {
    Path file =
        new HostileArchive()
            .manifest(m -> m.put("formatVersion", 3))
            .write(dir.resolve("v2.firebreak"));
    refused(file, "manifest.json", "format 3, newer than format 2");
  }

  @Test
  void jsonLimits() throws Exception {
    String deep = "{\"text\":" + "[".repeat(100) + "]".repeat(100) + "}\n";
    refused(
        new HostileArchive().entry("notes.ndjson", deep).write(dir.resolve("deep.firebreak")),
        "notes.ndjson",
        "JSON limit");
    StringBuilder big = new StringBuilder("{\"text\":\"");
    Random random = new Random(1);
    for (int i = 0; i < 10_500_000; i++) {
      big.append((char) ('a' + random.nextInt(26)));
    }
    big.append("\"}\n");
    refused(
        new HostileArchive()
            .entry("notes.ndjson", big.toString())
            .write(dir.resolve("long.firebreak")),
        "notes.ndjson",
        "JSON limit");
  }
}
