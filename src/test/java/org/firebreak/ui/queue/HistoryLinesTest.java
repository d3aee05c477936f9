package org.firebreak.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.triage.AuditEntry;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.junit.jupiter.api.Test;

/** A message's History tab says what happened in words, never in audit codes and label ids. */
class HistoryLinesTest {

  private static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");

  private static AuditEntry row(String actor, String action, String before, String after) {
    return AuditEntry.of(AT, actor, action, "message", 1, before, after);
  }

  private static List<String> lines(Locale locale, List<AuditEntry> rows) {
    I18n i18n = new I18n(locale);
    return new HistoryLines(i18n, new Formats(i18n, ZoneOffset.UTC))
        .lines(rows, Map.of(7L, "safety"));
  }

  @Test
  void eachKindOfChangeReadsAsAPersonWouldSayIt() {
    List<AuditEntry> rows =
        List.of(
            row("dimas", "status.set", "NEEDS_REPLY", "ESCALATED"),
            row("dimas", "label.add", null, "7"),
            row("dimas", "undo.label.add", "7", null),
            row("sarah", "label.remove", "9", null),
            row("sarah", "assign", null, "Dimas"),
            row("sarah", "undo.status.set", "ESCALATED", "NEEDS_REPLY"),
            row("sarah", "reply.record", null, "42"),
            row("sarah", "undo.reply.record", "42", null),
            row("ayu", "note.add", null, "3"),
            row("merge", "merge.conflict", "status: ESCALATED", "status: NO_REPLY_NEEDED"),
            row("ayu", "rule.apply", null, "4"));

    assertThat(lines(Locale.ENGLISH, rows))
        .containsExactly(
            "08:00:00  dimas  Status: Needs reply \u2192 Escalated",
            "08:00:00  dimas  Label added: safety",
            "08:00:00  dimas  Undo: Label removed: safety",
            "08:00:00  sarah  Label removed: a deleted label (#9)",
            "08:00:00  sarah  Assigned: nobody \u2192 Dimas",
            "08:00:00  sarah  Undo: Status: Escalated \u2192 Needs reply",
            "08:00:00  sarah  Reply recorded",
            "08:00:00  sarah  Undo: Reply record withdrawn",
            "08:00:00  ayu  Note added",
            "08:00:00  merge  Merge kept Status: No reply needed; the other copy had Status: Escalated",
            "08:00:00  ayu  rule.apply \u2192 4");
  }

  @Test
  void indonesianAndHostileNamesAreShownSafely() {
    List<String> id =
        lines(
            Locale.forLanguageTag("id"),
            List.of(
                row("dimas", "status.set", "NEEDS_REPLY", "REPLIED"),
                row("x\u202Ey", "assign", "Dimas", null)));

    assertThat(id.get(0))
        .endsWith("Status: Perlu dibalas \u2192 Sudah dibalas")
        .doesNotContain("NEEDS");
    assertThat(id.get(1))
        .as("a right-to-left override in a name is shown, never obeyed")
        .contains("x[U+202E]y")
        .endsWith("Ditugaskan: Dimas \u2192 tidak ada");
  }
}
