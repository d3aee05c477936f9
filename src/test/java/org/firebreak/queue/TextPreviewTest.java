package org.firebreak.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPreviewTest {

  @Test
  void shortTextIsKeptWhole() {
    assertThat(TextPreview.cut("Where is my refund?", 50)).isEqualTo("Where is my refund?");
  }

  @Test
  void cutsBetweenGraphemesNeverInsideAFlagOrAnAccent() {
    String flags =
        "\uD83C\uDDEE\uD83C\uDDE9\uD83C\uDDEE\uD83C\uDDE9\uD83C\uDDEE\uD83C\uDDE9"; // three
    // Indonesian
    // flags
    assertThat(TextPreview.cut(flags, 2))
        .isEqualTo("\uD83C\uDDEE\uD83C\uDDE9\uD83C\uDDEE\uD83C\uDDE9\u2026");
    String accents = "e\u0301e\u0301e\u0301";
    assertThat(TextPreview.cut(accents, 1)).isEqualTo("e\u0301\u2026");
  }

  @Test
  void foldsLineBreaksAndShowsBidiControlsInsteadOfApplyingThem() {
    assertThat(TextPreview.cut("line one\r\nline two", 100)).isEqualTo("line one line two");
    assertThat(TextPreview.cut("abc\u202Efed", 100)).isEqualTo("abc[U+202E]fed");
    assertThat(TextPreview.cut("<script>alert(1)</script>", 100))
        .isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void nulIsReplacedAndNullIsEmpty() {
    assertThat(TextPreview.cut("a\0b", 10)).isEqualTo("a\uFFFDb");
    assertThat(TextPreview.cut(null, 10)).isEmpty();
  }
}
