package org.firebreak.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.QueueQuery;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelServiceTest {

  @TempDir Path dir;
  private Services s;

  @BeforeEach
  void demo() {
    s = TempDatabase.open(dir, new MutableClock(TempDatabase.T0));
    s.writeDemo();
  }

  @AfterEach
  void close() {
    s.close();
  }

  private Label label(String name) {
    return s.labels().all().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }

  private List<Message> all() {
    return s.messages().page(QueueQuery.newestFirst().withWindow(0, 1000));
  }

  @Test
  void labelsAreCreatedRenamedAndRecolouredWithAnAuditTrail() {
    Label recall =
        s.labelService().create("  Recall info ", "#1A73E8", "Asks about the recall", null, "rina");
    assertThat(recall.name()).isEqualTo("Recall info");
    assertThat(recall.colour()).isEqualTo("#1a73e8");
    s.labelService().update(recall.id(), "Recall", "#188038", "", null, "rina");
    assertThat(label("Recall").colour()).isEqualTo("#188038");
    assertThat(s.audit().history("label", recall.id()))
        .extracting(AuditEntry::action)
        .containsExactly("label.create", "label.update");
  }

  @Test
  void badNamesColoursAndKeysAreRefusedNamingTheField() {
    assertThatThrownBy(() -> s.labelService().create(" ", "#000000", null, null, "a"))
        .hasMessageContaining("needs a name")
        .isInstanceOfSatisfying(
            TriageRuleException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> s.labelService().create("PRESS", "#000000", null, null, "a"))
        .hasMessageContaining("already a label called \"press\"");
    assertThatThrownBy(
            () -> s.labelService().create("x".repeat(10_000), "#000000", null, null, "a"))
        .hasMessageContaining("at most 40");
    assertThatThrownBy(() -> s.labelService().create("evil\u202Etxt", "#000000", null, null, "a"))
        .hasMessageContaining("direction-changing");
    assertThatThrownBy(() -> s.labelService().create("ok", "red", null, null, "a"))
        .isInstanceOfSatisfying(
            TriageRuleException.class, e -> assertThat(e.field()).isEqualTo("colour"));
    assertThatThrownBy(() -> s.labelService().create("ok", "#000000", null, 4, "a"))
        .hasMessageContaining("Key 4 already toggles \"press\"");
    assertThat(s.labels().all()).hasSize(9);
  }

  @Test
  void deletingALabelInUseMovesItsMessagesAndDropsNone() {
    long pressCount = all().stream().filter(m -> m.labels().contains("press")).count();
    assertThat(pressCount).isPositive();
    Label press = label("press");
    Label vip = label("VIP");
    int moved = s.labelService().delete(press.id(), vip.id(), "rina");
    assertThat(moved).isEqualTo(pressCount);
    assertThat(all().stream().filter(m -> m.labels().contains("VIP")).count())
        .isEqualTo(pressCount);
    assertThat(s.labels().all()).extracting(Label::name).doesNotContain("press");
  }

  @Test
  void aRulePreviewsThenLabelsWhatIsStoredAndUndoRevertsIt() {
    Label legal = label("legal");
    LabelRule rule = s.labelService().addRule(legal.id(), LabelRule.Kind.KEYWORD, "refund", "rina");
    long preview = s.labelService().preview(rule);
    long refunds =
        all().stream()
            .filter(m -> m.text().toLowerCase().contains("refund") && !m.labels().contains("legal"))
            .count();
    assertThat(preview).isEqualTo(refunds).isPositive();
    ChangeSet applied = s.labelService().apply(rule, "rina");
    assertThat(applied.messagesChanged()).isEqualTo((int) preview);
    assertThat(s.labelService().preview(rule)).isZero();
    s.triage().undo(applied.id(), "rina");
    assertThat(s.labelService().preview(rule)).isEqualTo(preview);
  }

  @Test
  void rulesLabelMessagesAsTheyArriveAtIntake() throws Exception {
    Label vip = label("VIP");
    s.labelService().addRule(vip.id(), LabelRule.Kind.REACH_ABOVE, "100000", "rina");
    s.labelService()
        .addRule(label("safety").id(), LabelRule.Kind.REGEX, "\\b(burn(ed|t)?|fire)\\b", "rina");
    Path file = dir.resolve("in.ndjson");
    Files.writeString(
        file,
        String.join(
            "\n",
            "{\"id\":\"r1\",\"platform\":\"x\",\"author\":\"big\",\"followers\":250000,\"text\":\"Any news?\",\"created_at\":\"2026-11-24T07:59:00Z\"}",
            "{\"id\":\"r2\",\"platform\":\"x\",\"author\":\"small\",\"followers\":12,\"text\":\"My hand got burned\",\"created_at\":\"2026-11-24T07:59:10Z\"}"));
    s.intake()
        .run(
            "in.ndjson",
            new SourceOpener(ColumnMapping.generic()).open(file, SourceFormat.AUTO),
            ImportControl.silent());
    Message big = all().stream().filter(m -> m.externalId().equals("r1")).findFirst().orElseThrow();
    Message burned =
        all().stream().filter(m -> m.externalId().equals("r2")).findFirst().orElseThrow();
    assertThat(big.labels()).contains("VIP", "needs reply").doesNotContain("safety");
    assertThat(burned.labels()).contains("safety").doesNotContain("VIP");
  }

  @Test
  void aStoredBatchIsLabelledNeedsReplyByItsOwnCommit() {
    // no label step runs after the insert (as when the app dies right after a commit): the
    // messages waiting for an answer already show as such, the one sent by the team does not
    java.time.Instant at = TempDatabase.T0;
    s.intakeStore()
        .insert(
            List.of(incoming("w1", Direction.INBOUND, at), incoming("w2", Direction.OUTBOUND, at)));
    assertThat(byExternalId("w1").labels()).contains("needs reply");
    assertThat(byExternalId("w2").labels()).doesNotContain("needs reply");
  }

  private Message byExternalId(String id) {
    return all().stream().filter(m -> m.externalId().equals(id)).findFirst().orElseThrow();
  }

  private static org.firebreak.intake.IncomingMessage incoming(
      String id, Direction direction, java.time.Instant at) {
    return new org.firebreak.intake.IncomingMessage(
        new Message(
            0,
            org.firebreak.incident.Platform.X,
            id,
            null,
            "@someone",
            10,
            "Where is my refund?",
            null,
            at,
            at,
            direction,
            "en",
            -0.3,
            5,
            org.firebreak.queue.MessageStatus.NEEDS_REPLY,
            null,
            List.of()),
        null,
        null);
  }

  @Test
  void badAndCatastrophicPatternsAreRefused() {
    long id = label("spam").id();
    assertThatThrownBy(() -> s.labelService().addRule(id, LabelRule.Kind.REGEX, "(unclosed", "a"))
        .isInstanceOfSatisfying(
            TriageRuleException.class, e -> assertThat(e.field()).isEqualTo("pattern"))
        .hasMessageContaining("does not compile");
    assertThatThrownBy(() -> s.labelService().addRule(id, LabelRule.Kind.REGEX, "(.*a){12}$", "a"))
        .hasMessageContaining("catastrophic");
    assertThatThrownBy(
            () -> s.labelService().addRule(id, LabelRule.Kind.SENTIMENT_BELOW, "very", "a"))
        .isInstanceOfSatisfying(
            TriageRuleException.class, e -> assertThat(e.field()).isEqualTo("threshold"));
    assertThat(s.labelService().rules()).isEmpty();
  }
}
