package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.firebreak.incident.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CharacterCountTest {

  private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
  private static final String FLAG_ID = "\uD83C\uDDEE\uD83C\uDDE9";
  private static final String THUMBS_TONE = "\uD83D\uDC4D\uD83C\uDFFD";

  private static int x(String t) {
    return CharacterCount.of(Platform.X, t).count();
  }

  @Test
  void xWeighsEmojiSequencesAsTwoAndCjkAsTwo() {
    assertThat(x("hello")).isEqualTo(5);
    assertThat(x("\uD83D\uDC4D")).isEqualTo(2);
    assertThat(x(FLAG_ID)).isEqualTo(2);
    assertThat(x(FAMILY)).isEqualTo(2);
    assertThat(x(THUMBS_TONE)).isEqualTo(2);
    assertThat(x("1\uFE0F\u20E3")).isEqualTo(2);
    assertThat(x("日本語")).isEqualTo(6);
    assertThat(x("Maaf 🙏")).isEqualTo(7);
    // a general punctuation dash weighs 1, an arrow 2
    assertThat(x("\u2014")).isEqualTo(1);
    assertThat(x("\u2192")).isEqualTo(2);
  }

  @Test
  void xNormalisesCombiningMarksFirst() {
    assertThat(x("e\u0301")).isEqualTo(1);
    assertThat(x("caf\u00E9")).isEqualTo(x("cafe\u0301"));
  }

  @Test
  void xCountsEveryLinkAs23() {
    assertThat(x("Visit https://help.example.com/recall/very/long/path/that/goes/on"))
        .isEqualTo(6 + 23);
    assertThat(x("See https://x.co.")).isEqualTo(4 + 23 + 1);
    assertThat(x("www.example.com/help")).isEqualTo(23);
    assertThat(x("a http://a.b b https://c.d")).isEqualTo(2 + 23 + 3 + 23);
  }

  @Test
  void blueskyCountsGraphemes() {
    CharacterCount c = CharacterCount.of(Platform.BLUESKY, FAMILY + FLAG_ID + "e\u0301" + "ok");
    assertThat(c.count()).isEqualTo(5);
    assertThat(c.limit()).isEqualTo(300);
  }

  @Test
  void mastodonCountsCodePointsAndLinksAs23() {
    assertThat(CharacterCount.of(Platform.MASTODON, FAMILY).count()).isEqualTo(5);
    assertThat(CharacterCount.of(Platform.MASTODON, FLAG_ID).count()).isEqualTo(2);
    assertThat(
            CharacterCount.of(Platform.MASTODON, "Help: https://example.com/" + "x".repeat(80))
                .count())
        .isEqualTo(6 + 23);
  }

  @Test
  void limitsMatchEachPlatform() {
    assertThat(CharacterCount.of(Platform.X, "").limit()).isEqualTo(280);
    assertThat(CharacterCount.of(Platform.BLUESKY, "").limit()).isEqualTo(300);
    assertThat(CharacterCount.of(Platform.MASTODON, "").limit()).isEqualTo(500);
    assertThat(CharacterCount.of(Platform.THREADS, "").limit()).isEqualTo(500);
    assertThat(CharacterCount.of(Platform.INSTAGRAM, "").limit()).isEqualTo(2_200);
    assertThat(CharacterCount.of(Platform.FACEBOOK, "").limit()).isEqualTo(63_206);
    assertThat(CharacterCount.of(Platform.LINKEDIN, "").limit()).isEqualTo(3_000);
    assertThat(CharacterCount.of(Platform.OTHER, "x".repeat(10)).overBy()).isZero();
  }

  @Test
  void overTheLimitIsReportedNotCut() {
    String huge = "a".repeat(100_000);
    CharacterCount mastodon = CharacterCount.of(Platform.MASTODON, huge);
    assertThat(mastodon.count()).isEqualTo(100_000);
    assertThat(mastodon.overBy()).isEqualTo(99_500);
    assertThat(mastodon.over()).isTrue();
    assertThat(CharacterCount.of(Platform.BLUESKY, huge).overBy()).isEqualTo(99_700);
    assertThat(CharacterCount.of(Platform.FACEBOOK, huge).overBy()).isEqualTo(100_000 - 63_206);
    assertThat(CharacterCount.of(Platform.X, "x".repeat(280)).over()).isFalse();
    assertThat(CharacterCount.of(Platform.X, "x".repeat(279) + "🙏").overBy()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "\u200D\u200D\u200D",
        "\u0301\u0302\u0303",
        "\u202E\u202Dabc\u202C",
        "\u2067مرحبا\u2069 hi",
        "\uD83D",
        "\uDC4D\uD83D",
        "\uFE0F\uFE0F",
        "https://",
        "\uD83D\uDC68\u200D\u200D\u200D"
      })
  void oddTextNeverThrows(String text) {
    for (Platform p : Platform.values()) {
      CharacterCount c = CharacterCount.of(p, text);
      assertThat(c.count()).isGreaterThanOrEqualTo(0);
      assertThat(c.overBy()).isGreaterThanOrEqualTo(0);
    }
  }

  @ParameterizedTest
  @EnumSource(Platform.class)
  void nullCountsAsEmpty(Platform p) {
    assertThat(CharacterCount.of(p, null).count()).isZero();
  }
}
