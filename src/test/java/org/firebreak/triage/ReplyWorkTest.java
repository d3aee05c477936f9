package org.firebreak.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueFilter;
import org.firebreak.queue.QueueQuery;
import org.firebreak.queue.QueueSort;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Response targets, "waiting on us", notes, open load, saved replies and label answers. */
class ReplyWorkTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private Services s;

  @BeforeEach
  void open() {
    s = TempDatabase.open(dir, clock);
    s.incidents()
        .declare(
            "Kettle recall",
            org.firebreak.incident.Cause.INTERNAL,
            Platform.X,
            Duration.ofMinutes(20),
            "lead");
  }

  @AfterEach
  void close() {
    s.close();
  }

  private long store(String externalId, String conversation, Direction direction, Instant at) {
    s.messages()
        .insertBatch(
            List.of(
                new Message(
                    0,
                    Platform.X,
                    externalId,
                    conversation,
                    direction == Direction.INBOUND ? "@customer" : "@brand",
                    10,
                    "Is my kettle safe? " + externalId,
                    null,
                    at,
                    at,
                    direction,
                    "en",
                    -0.2,
                    10,
                    direction == Direction.INBOUND
                        ? MessageStatus.NEEDS_REPLY
                        : MessageStatus.NO_REPLY_NEEDED,
                    null,
                    List.of())));
    return ids(QueueQuery.newestFirst().withSearch(externalId)).get(0);
  }

  private List<Long> ids(QueueQuery q) {
    return s.messages().ids(q);
  }

  private List<Long> waitingOnUs() {
    return ids(QueueQuery.newestFirst().withFilter(QueueFilter.NONE.withWaitingOnUs(true)));
  }

  @Test
  void waitingOnUsListsConversationsWhereTheCustomerSpokeLastAndANewMessageReopensOne() {
    long asked = store("a1", "conv-a", Direction.INBOUND, clock.instant());
    long answered = store("b1", "conv-b", Direction.INBOUND, clock.instant());
    store("b2", "conv-b", Direction.OUTBOUND, clock.instant().plusSeconds(60));
    long replied = store("c1", "conv-c", Direction.INBOUND, clock.instant());
    clock.advance(Duration.ofMinutes(2));
    s.triage().recordReply(List.of(replied), "We are on it", java.util.Optional.empty(), "ana");

    assertThat(waitingOnUs()).containsExactly(asked);

    // the customer writes again in the conversation we replied to: it waits on us again
    clock.advance(Duration.ofMinutes(1));
    long again = store("c2", "conv-c", Direction.INBOUND, clock.instant());
    assertThat(waitingOnUs()).containsExactlyInAnyOrder(asked, again);
    assertThat(s.messages().full(again).orElseThrow().status())
        .isEqualTo(MessageStatus.NEEDS_REPLY);
    assertThat(answered).isNotIn(waitingOnUs());
  }

  @Test
  void aMessagePastItsTargetIsOverdueAndALabelTargetIsShorterThanTheDefault() {
    long plain = store("p1", null, Direction.INBOUND, clock.instant());
    long safety = store("s1", null, Direction.INBOUND, clock.instant());
    Label label = s.labelService().create("burns", "#ff0000", "Injury or fire", null, "lead");
    s.triage().toggleLabel(List.of(safety), label.id(), "lead");
    s.labelAnswers().link(label.id(), null, 10, "lead");

    clock.advance(Duration.ofMinutes(11));
    QueueQuery overdue =
        QueueQuery.newestFirst().withFilter(QueueFilter.NONE.withOverdueAsOf(clock.instant()));
    assertThat(ids(overdue)).containsExactly(safety);
    assertThat(s.messages().overdue(List.of(plain, safety), clock.instant()))
        .containsExactly(safety);

    clock.advance(Duration.ofMinutes(20)); // 31 minutes: past the default 30 too
    overdue =
        QueueQuery.newestFirst().withFilter(QueueFilter.NONE.withOverdueAsOf(clock.instant()));
    assertThat(ids(overdue)).containsExactlyInAnyOrder(plain, safety);

    // a reply takes it off the overdue list
    s.triage().recordReply(List.of(plain), "Here is what to do", java.util.Optional.empty(), "ana");
    assertThat(ids(overdue)).containsExactly(safety);
    assertThatThrownBy(() -> s.labelAnswers().link(label.id(), null, 0, "lead"))
        .hasMessageContaining("between 1 and");
  }

  @Test
  void aLabelTargetLongerThanTheDefaultHoldsItsMessageBackUntilThatTargetPasses() {
    long plain = store("p2", null, Direction.INBOUND, clock.instant());
    long kudos = store("q2", null, Direction.INBOUND, clock.instant());
    Label label =
        s.labelService().create("kudos", "#00aa00", "Thanks from the public", null, "lead");
    s.triage().toggleLabel(List.of(kudos), label.id(), "lead");
    s.labelAnswers().link(label.id(), null, 120, "lead");

    clock.advance(Duration.ofMinutes(29));
    assertThat(overdueAt(clock.instant())).isEmpty();
    clock.advance(Duration.ofMinutes(2)); // 31 minutes: the default target has passed
    assertThat(overdueAt(clock.instant())).containsExactly(plain);
    clock.advance(Duration.ofMinutes(90)); // 121 minutes: the label's own target too
    assertThat(overdueAt(clock.instant())).containsExactlyInAnyOrder(plain, kudos);
    assertThat(
            s.messages()
                .count(
                    QueueQuery.newestFirst()
                        .withFilter(QueueFilter.NONE.withOverdueAsOf(clock.instant()))))
        .isEqualTo(2);
  }

  private List<Long> overdueAt(java.time.Instant now) {
    return ids(QueueQuery.newestFirst().withFilter(QueueFilter.NONE.withOverdueAsOf(now)));
  }

  @Test
  void eachPersonsOpenLoadCountsWhatIsAssignedAndNotReplied() {
    List<Long> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(store("m" + i, null, Direction.INBOUND, clock.instant()));
    }
    s.triage().assign(three, "Dewi", "lead");
    s.triage().assign(List.of(three.get(2)), "Budi", "lead");
    s.triage().recordReply(List.of(three.get(0)), "Done", java.util.Optional.empty(), "Dewi");

    assertThat(s.team().openLoad()).containsEntry("Dewi", 1L).containsEntry("Budi", 1L);
  }

  @Test
  void notesOnAConversationShowOnEveryMessageOfItAndAreAudited() {
    long first = store("n1", "conv-n", Direction.INBOUND, clock.instant());
    long second = store("n2", "conv-n", Direction.INBOUND, clock.instant().plusSeconds(5));
    s.triage().addNote(first, false, "Asked for the batch number", "ana");
    s.triage().addNote(first, true, "Journalist from the Post", "ana");

    assertThat(s.triage().notes(second, "conv-n"))
        .extracting(Note::text)
        .containsExactly("Journalist from the Post");
    assertThat(s.triage().notes(first, "conv-n"))
        .extracting(Note::text)
        .containsExactly("Asked for the batch number", "Journalist from the Post");
    assertThat(s.triage().history(first))
        .extracting(AuditEntry::action)
        .contains("note.add", "note.conversation");
    assertThatThrownBy(() -> s.triage().addNote(first, false, "  ", "ana"))
        .hasMessageContaining("empty");
  }

  @Test
  void teamSnippetsAreOfferedBeforeTheBuiltInOnesAndRefuseBadInput() {
    s.snippets()
        .add("en", "Refund", "Hi {author}, your refund for {case_id} is on its way.", "ana");
    s.snippets().add("id", "Pengembalian", "Halo {author}, dana Anda kami kembalikan.", "ana");

    List<SavedReplies.Snippet> en = s.snippets().forLanguage("en");
    assertThat(en.get(0).title()).isEqualTo("Refund");
    assertThat(en).hasSize(1 + SavedReplies.of("en").size());
    assertThat(s.snippets().forLanguage("id").get(0).title()).isEqualTo("Pengembalian");
    assertThat(
            SavedReplies.fill(
                en.get(0).text(), java.util.Map.of("author", "@sam", "case_id", "X-12")))
        .isEqualTo("Hi @sam, your refund for X-12 is on its way.");
    assertThatThrownBy(() -> s.snippets().add("en", " ", "text", "ana"))
        .hasMessageContaining("title");
    assertThatThrownBy(() -> s.snippets().add("en", "t", "x".repeat(10_001), "ana"))
        .hasMessageContaining("longer");

    long id = s.snippets().own().get(0).id();
    s.snippets().delete(id, "ana");
    assertThat(s.snippets().own()).hasSize(1);
  }

  @Test
  void aLabelLinkedToAnFaqEntryOffersThatAnswer() {
    long faq = s.hub().addFaq("en", "Is my kettle safe?", "Stop using model K2 and unplug it.");
    Label label = s.labelService().create("kettle k2", "#00aaff", null, null, "lead");
    LabelAnswers.Answer answer =
        s.labelAnswers().choices().stream().filter(a -> a.id() == faq).findFirst().orElseThrow();
    s.labelAnswers().link(label.id(), answer, null, "lead");

    assertThat(s.labelAnswers().answersFor(List.of(label.id())))
        .extracting(LabelAnswers.Answer::text)
        .containsExactly("Stop using model K2 and unplug it.");
  }

  @Test
  void savedViewsKeepTheFilterAndRefuseADuplicateName() {
    var current =
        new org.firebreak.queue.SavedView(
            0,
            null,
            null,
            MessageStatus.ASSIGNED,
            "press",
            true,
            false,
            500,
            QueueSort.REACH,
            false);
    s.savedViews().save("My press", current, "ana");

    var mine = s.savedViews().all().get(org.firebreak.queue.SavedView.BUILT_IN.size());
    assertThat(mine.name()).isEqualTo("My press");
    assertThat(mine.status()).isEqualTo(MessageStatus.ASSIGNED);
    assertThat(mine.labelName()).isEqualTo("press");
    assertThat(mine.waitingOnUs()).isTrue();
    assertThat(mine.sort()).isEqualTo(QueueSort.REACH);
    assertThatThrownBy(() -> s.savedViews().save("MY PRESS", current, "ana"))
        .hasMessageContaining("already exists");
  }
}
