package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NormalisingTest {

  private static final Instant T = Instant.parse("2023-08-12T16:10:37Z");

  @Test
  void everyTimeFormatReadsToUtc() {
    assertThat(Timestamps.read("1691856637").instant()).isEqualTo(T);
    assertThat(Timestamps.read("1691856637000").instant()).isEqualTo(T);
    assertThat(Timestamps.read("1691856637.5").instant()).isEqualTo(T.plusMillis(500));
    assertThat(Timestamps.read("2023-08-12T16:10:37Z").instant()).isEqualTo(T);
    assertThat(Timestamps.read("2023-08-12T23:10:37+07:00").instant()).isEqualTo(T);
    assertThat(Timestamps.read("2023-08-12 16:10:37.000 +0000").instant()).isEqualTo(T);
    assertThat(Timestamps.read("Sat Aug 12 16:10:37 +0000 2023").instant()).isEqualTo(T);
    Timestamps.Reading local = Timestamps.read("2023-08-12T16:10:37");
    assertThat(local.instant()).isEqualTo(T);
    assertThat(local.flag()).isEqualTo(Timestamps.NO_OFFSET);
    Timestamps.Reading us = Timestamps.read("8/12/2023 16:10");
    assertThat(us.instant()).isEqualTo(T.minusSeconds(37));
    assertThat(us.flag()).isEqualTo(Timestamps.AMBIGUOUS);
  }

  @Test
  void nonsenseTimesSayWhatWasWrong() {
    assertThatThrownBy(() -> Timestamps.read("yesterday")).hasMessageContaining("'yesterday'");
    assertThatThrownBy(() -> Timestamps.read("13/45/2023 99:99")).hasMessageContaining("13/45");
    assertThatThrownBy(() -> Timestamps.read("12")).hasMessageContaining("outside 1990-2100");
    assertThatThrownBy(() -> Timestamps.read("")).hasMessage("empty");
  }

  @Property(tries = 200)
  void anyStringEitherReadsOrIsRejectedWithAReason(@ForAll String s) {
    try {
      assertThat(Timestamps.read(s).instant()).isNotNull();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
  }

  @Property(tries = 200)
  void cleanTextHasNoNulNorLoneSurrogates(@ForAll String s) {
    String cleaned = TextDecoding.clean(s);
    assertThat(cleaned).doesNotContain("\0");
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertThat(Character.isLowSurrogate(cleaned.charAt(++i))).isTrue();
      } else {
        assertThat(Character.isLowSurrogate(c)).isFalse();
      }
    }
  }

  @Test
  void sentimentFollowsVaderWithNegation() {
    Sentiment vader = Sentiment.vader();
    assertThat(vader.score("good")).isCloseTo(1.9 / Math.sqrt(1.9 * 1.9 + 15), within());
    assertThat(vader.score("not good")).isLessThan(0);
    assertThat(vader.score("This is terrible and dangerous :(")).isLessThan(-0.5);
    assertThat(vader.score("")).isZero();
  }

  @Test
  void languageAndHtml() {
    assertThat(LanguageGuess.of("Saya tidak suka ini dan itu")).isEqualTo("id");
    assertThat(LanguageGuess.of("This is not what I ordered")).isEqualTo("en");
    assertThat(LanguageGuess.of("12345")).isNull();
    assertThat(HtmlText.toText("<p>a &amp; b<br/>c</p><p>&#x1F600; &unknown;</p>"))
        .isEqualTo("a & b\nc\n\n\uD83D\uDE00 &unknown;");
  }

  @Test
  void columnPresetsAndOverrides() {
    assertThat(ColumnMapping.preset("brandwatch").namedColumn(MessageField.TEXT))
        .isEqualTo("Full Text");
    assertThatThrownBy(() -> ColumnMapping.preset("nope")).hasMessageContaining("generic");
    assertThatThrownBy(() -> ColumnMapping.generic().with(java.util.List.of("colour=x")))
        .hasMessageContaining("unknown field 'colour'");
    assertThat(
            ColumnMapping.generic()
                .resolve(java.util.List.of(" Tweet_ID ", "Screen Name", "TEXT"))
                .get(MessageField.ID))
        .isZero();
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
