package org.firebreak.reliability;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.UnreadableSourceException;
import org.firebreak.share.session.SessionArchive;
import org.firebreak.share.session.SessionFileException;
import org.firebreak.share.session.SessionManifest;
import org.firebreak.simulation.ScenarioException;
import org.firebreak.simulation.ScenarioReader;

/**
 * Fuzz targets for every parser of untrusted input. In the normal test run each replays its saved
 * inputs (src/test/resources/.../ParserFuzzTestInputs/NAME, including any finding once fixed); with
 * {@code JAZZER_FUZZ=1} and {@code -Pfuzz} one target fuzzes for its set time at {@code -Xmx512m}.
 * A parser may yield records or refuse the input with its declared exception; anything else is a
 * finding.
 */
class ParserFuzzTest {

  private static final String FUZZ_TIME = "60s";

  @FuzzTest(maxDuration = FUZZ_TIME)
  void csv(byte[] input) {
    drain(input, SourceFormat.CSV);
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void json(byte[] input) {
    drain(input, SourceFormat.JSON);
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void ndjson(byte[] input) {
    drain(input, SourceFormat.NDJSON);
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void xArchive(byte[] input) {
    drain(input, SourceFormat.X_ARCHIVE);
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void mastodon(byte[] input) {
    drain(input, SourceFormat.MASTODON);
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void bluesky(byte[] input) {
    drain(input, SourceFormat.BLUESKY);
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void zip(byte[] input) throws Exception {
    Path file = Files.createTempFile("fuzz", ".zip");
    try {
      Files.write(file, input);
      try (MessageSource s =
          new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.ZIP)) {
        int guard = 0;
        while (s.next() != null && guard++ < 100_000) {
          // every record or rejection is read
        }
      } catch (UnreadableSourceException refused) {
        // refused with the file named
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void session(byte[] input) throws Exception {
    Path file = Files.createTempFile("fuzz", ".firebreak");
    try {
      Files.write(file, input);
      try (SessionArchive archive = SessionArchive.open(file)) {
        for (SessionManifest.Entry e : archive.manifest().entries()) {
          archive.rows(e.name().replace(".ndjson", ""), row -> {});
        }
      } catch (SessionFileException refused) {
        // a clear refusal naming the file and entry is the expected answer to bad input
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = FUZZ_TIME)
  void scenario(byte[] input) throws Exception {
    try {
      ScenarioReader.read(new ByteArrayInputStream(input));
    } catch (ScenarioException refused) {
      // refused with the field named
    }
  }

  private static void drain(byte[] input, SourceFormat format) {
    try (MessageSource s =
        new SourceOpener(ColumnMapping.generic())
            .open("fuzz", new ByteArrayInputStream(input), format)) {
      int guard = 0;
      while (s.next() != null && guard++ < 100_000) {
        // every record or rejection is read
      }
    } catch (UnreadableSourceException refused) {
      // refused with the file named
    }
  }
}
