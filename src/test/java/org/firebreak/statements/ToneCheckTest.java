package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.firebreak.incident.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToneCheckTest {

  private final ToneCheck tone = new ToneCheck();

  private static final String GOOD_EN =
      "We are sorry. Our post this morning was careless, and we take full responsibility. "
          + "We understand how upsetting it was. We have removed it, and we will share what "
          + "changes by 15:00. For help, visit https://help.example.com.";

  private static final String GOOD_ID =
      "Kami mohon maaf. Unggahan kami pagi ini ceroboh, dan kami bertanggung jawab penuh. "
          + "Kami memahami kekecewaan Anda. Kami akan memberi kabar berikutnya pukul 15.00. "
          + "Untuk bantuan, kunjungi https://bantuan.example.com.";

  @Test
  void aDefensiveEnglishDraftIsFlaggedWithSpansAndReasons() {
    String draft =
        "To be fair, we did nothing wrong and the post was taken out of context. "
            + "We are sorry. However, customers should have read the terms.";
    ToneReport r = tone.check(draft, "en", Platform.X);

    assertThat(r.has(ToneCategory.DEFENSIVE)).isTrue();
    assertThat(r.has(ToneCategory.BLAME)).isTrue();
    assertThat(r.has(ToneCategory.MISSING_OWNERSHIP)).isTrue();
    assertThat(r.findings())
        .filteredOn(f -> f.category() == ToneCategory.DEFENSIVE)
        .extracting(ToneFinding::excerpt)
        .containsExactly("To be fair", "we did nothing wrong", "taken out of context", "However");
    assertThat(r.findings())
        .allSatisfy(
            f -> {
              assertThat(draft.substring(f.start(), f.end())).isEqualTo(f.excerpt());
              assertThat(f.explanation()).isNotBlank();
            });
    assertThat(r.score()).isLessThan(40);
  }

  @Test
  void nonApologiesAreNamed() {
    ToneReport r =
        tone.check(
            "Mistakes were made. We regret any inconvenience, and we're sorry if anyone was"
                + " offended.",
            "en",
            Platform.X);
    assertThat(r.findings())
        .filteredOn(f -> f.category() == ToneCategory.NON_APOLOGY)
        .extracting(ToneFinding::excerpt)
        .containsExactly("Mistakes were made", "We regret any inconvenience", "sorry if anyone");
  }

  @Test
  void butInsideTheApologySentenceIsDefensive() {
    ToneReport r = tone.check("We\u2019re sorry, but the rules were clear.", "en", Platform.X);
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("en.defensive.but-after-apology"))
        .extracting(ToneFinding::excerpt)
        .containsExactly("but");
  }

  @Test
  void aGoodApologyPassesInEnglish() {
    ToneReport r = tone.check(GOOD_EN, "en", Platform.X);
    assertThat(r.findings()).isEmpty();
    assertThat(r.score()).isEqualTo(100);
  }

  @Test
  void aDefensiveIndonesianDraftIsFlagged() {
    String draft =
        "Sejujurnya kami tidak bersalah, unggahan itu diambil di luar konteks. Kami mohon maaf."
            + " Namun, ini kesalahan pelanggan. Kesalahan telah terjadi. Mohon maaf jika ada yang"
            + " tersinggung.";
    ToneReport r = tone.check(draft, "id-ID", Platform.X);
    assertThat(r.language()).isEqualTo("id");
    assertThat(r.findings())
        .extracting(ToneFinding::excerpt)
        .contains(
            "kami tidak bersalah",
            "diambil di luar konteks",
            "Namun",
            "kesalahan pelanggan",
            "Kesalahan telah terjadi",
            "Mohon maaf jika ada yang tersinggung");
    assertThat(r.has(ToneCategory.MISSING_OWNERSHIP)).isTrue();
    assertThat(r.has(ToneCategory.MISSING_HELP)).isTrue();
  }

  @Test
  void aGoodApologyPassesInIndonesian() {
    ToneReport r = tone.check(GOOD_ID, "id", Platform.X);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void missingPartsAreFindingsWithoutASpan() {
    ToneReport r = tone.check("The service is back.", "en", Platform.X);
    assertThat(r.findings())
        .extracting(ToneFinding::category)
        .containsExactlyInAnyOrder(
            ToneCategory.MISSING_OWNERSHIP,
            ToneCategory.MISSING_COMPASSION,
            ToneCategory.MISSING_NEXT_STEP,
            ToneCategory.MISSING_HELP);
    assertThat(r.findings()).allMatch(f -> f.start() == 0 && f.end() == 0);
    assertThat(r.score()).isEqualTo(100 - 15 - 10 - 10 - 10);
  }

  @Test
  void tooLongForTheOriginAndHardToRead() {
    String longWinded =
        GOOD_EN
            + " Notwithstanding organisational considerations, comprehensive institutional"
            + " remediation necessitates extraordinarily complicated multidisciplinary"
            + " evaluation of operational responsibilities across international subsidiaries.";
    ToneReport r = tone.check(longWinded, "en", Platform.X);
    assertThat(r.has(ToneCategory.TOO_LONG)).isTrue();
    assertThat(r.has(ToneCategory.HARD_TO_READ)).isTrue();
    assertThat(tone.check(longWinded, "en", Platform.FACEBOOK).has(ToneCategory.TOO_LONG))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "🇮🇩👨\u200D👩\u200D👧🙏",
        "\u200D\u200D\u200D\u200D",
        "\u0301\u0301\u0301",
        "\u202Ewe did nothing wrong\u202C",
        "\u2067نحن آسفون\u2069",
        "\uD83D",
        "....!!!???"
      })
  void oddTextNeverCrashes(String text) {
    for (String lang : new String[] {"en", "id", "xx", null}) {
      ToneReport r = tone.check(text, lang, Platform.X);
      assertThat(r.score()).isBetween(0, 100);
    }
    assertThat(tone.check(null, "en", null).score()).isBetween(0, 100);
  }

  @Test
  void languageCodesAreReadLoosely() {
    assertThat(ToneCheck.languageOf("in")).isEqualTo("id");
    assertThat(ToneCheck.languageOf("EN_us")).isEqualTo("en");
    assertThat(ToneCheck.languageOf("fr")).isEqualTo("en");
  }
}
