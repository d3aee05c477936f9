package org.firebreak.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void wordsAreFoldedToLowerCaseAndKeptOnce() {
    assertThat(SearchTerms.of("Kettle KETTLE kettle, Recall!")).containsExactly("kettle", "recall");
  }

  @Test
  void aHashtagKeepsItsSignAndAlsoGivesItsWords() {
    assertThat(SearchTerms.of("Boikot! #Kettle_Recall"))
        .containsExactly("boikot", "#kettle_recall", "kettle", "recall");
  }

  @Test
  void aMentionKeepsItsSignAndUnderscores() {
    assertThat(SearchTerms.of("cc @Brand_Care please"))
        .containsExactly("cc", "@brand_care", "brand", "care", "please");
  }

  @Test
  void indonesianWordsAndReduplicationAreWords() {
    assertThat(SearchTerms.of("Ketel saya keluar asap; anak-anak takut."))
        .containsExactly("ketel", "saya", "keluar", "asap", "anak", "takut");
  }

  @Test
  void accentsAndFullWidthFormsMatchTheirPlainTyping() {
    assertThat(SearchTerms.of("Café ＫＥＴＴＬＥ")).containsExactly("café", "kettle");
  }

  @Test
  void apostrophesInsideAWordAreDroppedSoEitherTypingMatches() {
    assertThat(SearchTerms.of("don't")).isEqualTo(SearchTerms.of("dont"));
    assertThat(SearchTerms.of("it’s 'quoted'")).containsExactly("its", "quoted");
  }

  @Test
  void signsAndPatternCharactersOnlySeparateWords() {
    assertThat(SearchTerms.of("100% _refund_ \"now\" 50%off"))
        .containsExactly("100", "refund", "now", "50", "off");
    assertThat(SearchTerms.of("% _ ' \" # @ \\ ;")).isEmpty();
  }

  @Test
  void aVeryLongWordIsCutTheSameWayWhenStoredAndWhenSearched() {
    String word = "a".repeat(200);
    assertThat(SearchTerms.of(word)).containsExactly("a".repeat(SearchTerms.MAX_LENGTH));
    assertThat(SearchTerms.of(word + "b")).isEqualTo(SearchTerms.of(word));
  }
}
