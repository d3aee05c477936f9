package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.firebreak.queue.Direction;

/** Whatever bytes a file holds, a source yields records or refuses the file: nothing else. */
class SourceRobustnessTest {

  @Property(tries = 300)
  void csvNeverFailsAnyOtherWay(@ForAll("csvish") String body) {
    drain("id,text,created_at\n" + body, SourceFormat.CSV);
  }

  @Property(tries = 300)
  void jsonNeverFailsAnyOtherWay(@ForAll("jsonish") String body) {
    drain(body, SourceFormat.JSON);
    drain(body, SourceFormat.NDJSON);
  }

  @Property(tries = 300)
  void normaliserNeverThrows(@ForAll String id, @ForAll String time, @ForAll String text) {
    RawMessage raw =
        new RawMessage("p", 1, id, id, id, text, time, text, id, time, Direction.INBOUND, null);
    MessageNormaliser.Result r = new MessageNormaliser().normalise(raw, IntakeFixture.NOW);
    assertThat(r.message() == null).isNotEqualTo(r.rejection() == null);
    if (r.message() != null) {
      new MessageEnricher(Sentiment.vader()).enrich(r.message());
    }
  }

  @Provide
  Arbitrary<String> csvish() {
    return Arbitraries.strings().withChars("ab,;\t\"\r\n'1E+.:-Z\u00e9\uFFFD\0").ofMaxLength(80);
  }

  @Provide
  Arbitrary<String> jsonish() {
    return Arbitraries.strings().withChars("{}[]\":,ab1 \n\\tuxe-").ofMaxLength(80);
  }

  private static void drain(String text, SourceFormat format) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (MessageSource s =
        new SourceOpener(ColumnMapping.generic())
            .open("fuzz", new ByteArrayInputStream(bytes), format)) {
      int guard = 0;
      while (s.next() != null && guard++ < 10_000) {
        // drain
      }
    } catch (UnreadableSourceException expected) {
      assertThat(expected.getMessage()).startsWith("fuzz");
    }
  }
}
