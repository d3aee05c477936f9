package org.firebreak.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Locale;
import org.firebreak.store.MergeConflict;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** The merge report names fields and values in the console's language, not the merge's English. */
class ConflictTextTest {

  private final ConflictText id = text(Locale.forLanguageTag("id"));
  private final ConflictText en = text(Locale.ENGLISH);

  private static ConflictText text(Locale locale) {
    I18n i18n = new I18n(locale);
    return new ConflictText(i18n, new Formats(i18n, ZoneOffset.UTC));
  }

  private static MergeConflict conflict(String kind, String field, String kept, String other) {
    return new MergeConflict(kind, "x/1", field, kept, other, null, null);
  }

  @Test
  void indonesianNamesEveryFieldTheMergeReports() {
    assertThat(id.field(conflict("message", "status", "REPLIED", "ESCALATED"))).isEqualTo("Status");
    assertThat(id.field(conflict("message", "assignee", "ana", "ben")))
        .isEqualTo("Ditugaskan kepada");
    assertThat(id.field(conflict("statement", "spokesperson", "a", "b"))).isEqualTo("Juru bicara");
    assertThat(id.field(conflict("statement", "approver", "a", "b"))).isEqualTo("Penyetuju");
    assertThat(id.field(conflict("statement", "state", "APPROVED", "DRAFT")))
        .isEqualTo("Tahap persetujuan");
    assertThat(id.field(conflict("statement", "published_at", "a", "b")))
        .isEqualTo("Diterbitkan pada");
    assertThat(id.field(conflict("statement", "reject_reason", "a", "b")))
        .isEqualTo("Alasan penolakan");
    assertThat(id.field(conflict("statement", "text of version 2", "a", "b")))
        .isEqualTo("Teks versi 2");
    assertThat(id.field(conflict("message", "label Refund", "present", "removed")))
        .isEqualTo("Label Refund");
    assertThat(id.what(conflict("message", "status", "a", "b"))).isEqualTo("Pesan x/1");
  }

  @Test
  void statusesStatesAndLabelPresenceAreTranslatedButPeoplesWordsAreNot() {
    MergeConflict status = conflict("message", "status", "NO_REPLY_NEEDED", "ESCALATED");
    assertThat(id.value(status, status.kept())).isEqualTo("Tidak perlu dibalas");
    assertThat(en.value(status, status.kept())).isEqualTo("No reply needed");
    MergeConflict state = conflict("statement", "state", "APPROVED", "DRAFT");
    assertThat(id.value(state, state.other())).isEqualTo("Draf");
    MergeConflict label = conflict("message", "label Refund", "present", "removed");
    assertThat(id.value(label, label.kept())).isEqualTo("terpasang pada pesan");
    assertThat(id.value(label, label.other())).isEqualTo("dilepas");
    MergeConflict assignee = conflict("message", "assignee", "ana", null);
    assertThat(id.value(assignee, assignee.kept())).isEqualTo("ana");
    assertThat(id.value(assignee, assignee.other())).isEqualTo("—");
  }

  @Test
  void aStatementIsNamedByItsKindTitleAndTimeAndEachSideSaysWhenItChanged() {
    MergeConflict c =
        new MergeConflict(
            "statement",
            "HOLDING \"Kettle recall\" 2026-11-24T07:56:00Z",
            "state",
            "APPROVED",
            "DRAFT",
            "2026-11-24T08:01:00Z",
            null);

    assertThat(en.what(c))
        .startsWith("Holding statement \u201cKettle recall\u201d, ")
        .contains("7:56")
        .doesNotContain("HOLDING", "T07");
    assertThat(en.side(c, c.kept(), c.keptAt()))
        .startsWith("Approved  (")
        .contains("8:01")
        .doesNotContain("Z)");
    assertThat(en.side(c, c.other(), c.otherAt())).isEqualTo("Draft");
    MergeConflict text =
        new MergeConflict("statement", c.key(), "text of version 2", "ok\u202Eko", "b", null, null);
    assertThat(en.side(text, text.kept(), null))
        .as("a colleague's direction control is shown, never obeyed")
        .isEqualTo("ok[U+202E]ko");
    assertThat(id.what(c)).startsWith("Pernyataan awal \u201cKettle recall\u201d, ");
  }

  @Test
  void noFieldIsLeftInEnglishInIndonesian() {
    for (String field :
        new String[] {
          "assignee", "state", "spokesperson", "approver", "published_at", "reject_reason"
        }) {
      assertThat(id.field(conflict("statement", field, "a", "b")))
          .as(field)
          .isNotEqualTo(en.field(conflict("statement", field, "a", "b")))
          .doesNotContain("!");
    }
  }
}
