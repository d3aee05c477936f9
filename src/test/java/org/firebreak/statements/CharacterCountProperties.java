package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.firebreak.incident.Platform;

class CharacterCountProperties {

  @Property(tries = 300)
  void neverThrowsOnAnyText(@ForAll @StringLength(max = 400) String text) {
    for (Platform p : Platform.values()) {
      CharacterCount c = CharacterCount.of(p, text);
      assertThat(c.count()).isGreaterThanOrEqualTo(0);
      assertThat(c.overBy()).isEqualTo(c.limit() == 0 ? 0 : Math.max(0, c.count() - c.limit()));
    }
  }

  @Property(tries = 500)
  void mastodonNeverShrinksWhenALetterIsAppended(
      @ForAll("statementLike") String text, @ForAll @CharRange(from = 'a', to = 'z') char letter) {
    int before = CharacterCount.of(Platform.MASTODON, text).count();
    int after = CharacterCount.of(Platform.MASTODON, text + letter).count();
    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 300)
  void mastodonNeverShrinksOnAnyText(
      @ForAll @StringLength(max = 200) String text,
      @ForAll @CharRange(from = 'a', to = 'z') char letter) {
    assertThat(CharacterCount.of(Platform.MASTODON, text + letter).count())
        .isGreaterThanOrEqualTo(CharacterCount.of(Platform.MASTODON, text).count());
  }

  /** Text built from words, links, emoji and marks, so links and sequences really occur. */
  @Provide
  Arbitrary<String> statementLike() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "We ",
            "are ",
            "sorry",
            ". ",
            "http://",
            "https://x.co",
            "/path",
            " ",
            "www.",
            "🇮🇩",
            "👨\u200D👩\u200D👧",
            "\u200D",
            "\u0301",
            "\u202E",
            "日本",
            "@",
            "(",
            ".",
            "é");
    return piece.list().ofMaxSize(30).map(parts -> String.join("", parts));
  }
}
