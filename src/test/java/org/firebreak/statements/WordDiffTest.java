package org.firebreak.statements;

import static org.assertj.core.api.Assertions.assertThat;

import org.firebreak.statements.WordDiff.Change;
import org.firebreak.statements.WordDiff.Segment;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  @Test
  void showsRemovedAndAddedWordsInReadingOrder() {
    WordDiff d = WordDiff.between("We regret the delay.", "We are sorry for the delay.");
    assertThat(d.render()).isEqualTo("We [-regret -]{+are sorry for +}the delay.");
    assertThat(d.segments())
        .containsExactly(
            new Segment(Change.SAME, "We "),
            new Segment(Change.REMOVED, "regret "),
            new Segment(Change.ADDED, "are sorry for "),
            new Segment(Change.SAME, "the delay."));
  }

  @Test
  void sameTextIsUnchangedAndEmptyTextsWork() {
    assertThat(WordDiff.between("a b", "a b").unchanged()).isTrue();
    assertThat(WordDiff.between("", "").segments()).isEmpty();
    assertThat(WordDiff.between(null, "new").render()).isEqualTo("{+new+}");
    assertThat(WordDiff.between("old", "").render()).isEqualTo("[-old-]");
  }
}
