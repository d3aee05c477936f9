package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipImportTest {

  @TempDir Path dir;
  IntakeFixture fx;

  @BeforeEach
  void open() {
    fx = new IntakeFixture(dir);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void anXArchiveZipImportsItsTweetsAndMessages() throws IOException {
    Path zip = dir.resolve("twitter-2023-08-13.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "data/manifest.js", "window.__THAR_CONFIG = {}".getBytes());
      entry(out, "data/tweets.js", resourceBytes("tweets.js"));
      entry(out, "data/direct-messages.js", resourceBytes("direct-messages.js"));
      entry(out, "data/tweets_media/", new byte[0]);
    }
    ImportSummary s = fx.importFile(zip);
    assertThat(s.line()).isEqualTo("read 4, imported 4, duplicates 0, rejected 0");
    assertThat(s.warnings()).anyMatch(w -> w.contains("1 other entries left unread"));
    assertThat(fx.importFile(zip).imported()).isZero();
  }

  @Test
  void rejectionsInsideAZipNameTheEntry() throws IOException {
    Path zip = dir.resolve("export.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "mentions/day1.csv", "id,text,date\nz1,hello,never\n".getBytes());
    }
    ImportSummary s = fx.importFile(zip);
    assertThat(s.rejections().get(0).where()).isEqualTo("export.zip!mentions/day1.csv:2");
  }

  @Test
  void entriesClimbingOutOfTheArchiveAreRefused() throws IOException {
    fx.importFile(fx.resource("tweets.js"));
    long before = fx.count();
    for (String bad : new String[] {"../x.csv", "/etc/passwd.csv", "data/../../x.csv"}) {
      Path zip = dir.resolve("evil" + Math.abs(bad.hashCode()) + ".zip");
      try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
        entry(out, "ok.csv", "id,text\nok1,fine\n".getBytes());
        entry(out, bad, "id,text\nx,bad\n".getBytes());
      }
      assertThatThrownBy(() -> fx.importFile(zip))
          .isInstanceOf(UnreadableSourceException.class)
          .hasMessageContaining(zip.getFileName().toString())
          .hasMessageContaining("entry '" + bad + "' points outside the archive");
    }
    assertThat(fx.count()).isEqualTo(before);
  }

  @Test
  void aZipBombIsRefused() throws IOException {
    Path zip = dir.resolve("bomb.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("bomb.csv"));
      out.write("id,text\nb1,\"".getBytes());
      byte[] zeros = new byte[1 << 20];
      java.util.Arrays.fill(zeros, (byte) 'a');
      for (int i = 0; i < 200; i++) {
        out.write(zeros);
      }
      out.write("\"\n".getBytes());
      out.closeEntry();
    }
    assertThat(Files.size(zip)).isLessThan(2L << 20);
    assertThatThrownBy(() -> fx.importFile(zip))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("bomb.zip: entry 'bomb.csv'")
        .hasMessageContaining("zip bomb");
    assertThat(fx.count()).isZero();
  }

  @Test
  void aBombWhoseHeaderLiesIsCaughtWhileInflating() throws IOException {
    Path zip = dir.resolve("liar.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("liar.ndjson"));
      byte[] line = "{\"id\":\"l\",\"text\":\"x\"}\n".getBytes();
      for (int i = 0; i < 400_000; i++) {
        out.write(line);
      }
      out.closeEntry();
    }
    byte[] bytes = Files.readAllBytes(zip);
    for (int i = bytes.length - 22; i >= 0; i--) {
      if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
        bytes[i + 24] = 100; // the central directory now claims 100 bytes uncompressed
        bytes[i + 25] = 0;
        bytes[i + 26] = 0;
        bytes[i + 27] = 0;
        break;
      }
    }
    Files.write(zip, bytes);
    assertThatThrownBy(() -> fx.importFile(zip))
        .isInstanceOf(UnreadableSourceException.class)
        .hasMessageContaining("liar.zip: entry 'liar.ndjson'")
        .hasMessageContaining("zip bomb");
    assertThat(fx.count()).isZero();
  }

  @Test
  void aZipWithoutMessagesSaysWhatItLookedFor() throws IOException {
    Path zip = dir.resolve("photos.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      entry(out, "a.jpg", new byte[] {1, 2, 3});
    }
    assertThatThrownBy(() -> fx.importFile(zip))
        .hasMessageContaining("photos.zip: no messages file");
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }

  private static byte[] resourceBytes(String name) throws IOException {
    try (InputStream in = ZipImportTest.class.getResourceAsStream("/intake/" + name)) {
      return in.readAllBytes();
    }
  }
}
