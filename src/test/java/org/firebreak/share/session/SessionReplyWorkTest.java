package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.firebreak.app.Services;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.QueueSort;
import org.firebreak.queue.SavedView;
import org.firebreak.store.HubStore;
import org.firebreak.store.LabelLinkStore;
import org.firebreak.store.NoteStore;
import org.firebreak.store.SavedViewStore;
import org.firebreak.store.SnippetStore;
import org.firebreak.testing.MutableClock;
import org.firebreak.triage.LabelLink;
import org.firebreak.triage.Note;
import org.firebreak.triage.UserSnippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session file carries the team's reply work: saved replies, saved views, each label's answer
 * and response target, and whether a note is on one message or its whole conversation; open and
 * merge bring them in, a second merge adds nothing, and a file of format 1 still opens.
 */
class SessionReplyWorkTest {

  @TempDir Path dir;

  private record Work(Message message, long faqLabel, long statementLabel) {}

  /** A copy where Ana saved a reply and a view, linked two labels and noted a conversation. */
  private static Work addWork(Services s, MutableClock clock) {
    clock.advance(Duration.ofMinutes(2));
    new SnippetStore(s.database())
        .add(
            new UserSnippet(0, "id", "Pengembalian dana", "Halo {author}, DM kami."),
            "ana",
            clock.instant());
    new SavedViewStore(s.database())
        .add(
            new SavedView(
                0,
                "Angry press",
                null,
                MessageStatus.NEEDS_REPLY,
                null,
                true,
                false,
                1000,
                QueueSort.REACH,
                true),
            "ana",
            clock.instant());
    long faq = new HubStore(s.database()).addFaq("en", "Is my kettle affected?", "Model AB-200.");
    List<org.firebreak.triage.Label> labels = s.labels().all();
    LabelLinkStore links = new LabelLinkStore(s.database());
    links.set(
        new LabelLink(labels.get(0).id(), LabelLink.AnswerKind.FAQ, faq, 20),
        "ana",
        clock.instant());
    long statement = s.statementService().list().get(0).id();
    links.set(
        new LabelLink(labels.get(1).id(), LabelLink.AnswerKind.STATEMENT, statement, null),
        "ana",
        clock.instant());
    Message m =
        SessionFixture.waiting(s, 50).stream()
            .filter(x -> x.conversationId() != null)
            .findFirst()
            .orElseThrow();
    new NoteStore(s.database())
        .add(m.id(), true, "Whole thread is a journalist", "ana", clock.instant());
    return new Work(m, labels.get(0).id(), labels.get(1).id());
  }

  private static void assertHasWork(Services s, Work w) {
    assertThat(new SnippetStore(s.database()).all())
        .extracting(UserSnippet::title, UserSnippet::text)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Pengembalian dana", "Halo {author}, DM kami."));
    assertThat(new SavedViewStore(s.database()).all())
        .filteredOn(v -> "Angry press".equals(v.name()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.sort()).isEqualTo(QueueSort.REACH);
              assertThat(v.minReach()).isEqualTo(1000);
              assertThat(v.waitingOnUs()).isTrue();
            });
    Map<Long, LabelLink> links = new LabelLinkStore(s.database()).all();
    String faqLabel = nameOf(s, w.faqLabel());
    LabelLink faq = links.get(idOf(s, faqLabel));
    assertThat(faq.answerKind()).isEqualTo(LabelLink.AnswerKind.FAQ);
    assertThat(faq.targetMinutes()).isEqualTo(20);
    assertThat(faq.answerId())
        .isEqualTo(
            new HubStore(s.database())
                .load().faq("en").stream()
                    .filter(f -> f.question().equals("Is my kettle affected?"))
                    .findFirst()
                    .orElseThrow()
                    .id());
    LabelLink st = links.get(idOf(s, nameOf(s, w.statementLabel())));
    assertThat(st.answerKind()).isEqualTo(LabelLink.AnswerKind.STATEMENT);
    assertThat(st.answerId()).isEqualTo(s.statementService().list().get(0).id());
    Message here =
        s.messages().page(org.firebreak.queue.QueueQuery.newestFirst().withWindow(0, 400)).stream()
            .filter(x -> x.externalId().equals(w.message().externalId()))
            .findFirst()
            .orElseThrow();
    List<Note> notes = new NoteStore(s.database()).forMessage(here.id(), here.conversationId());
    assertThat(notes)
        .filteredOn(n -> n.text().equals("Whole thread is a journalist"))
        .singleElement()
        .satisfies(n -> assertThat(n.conversationId()).isEqualTo(here.conversationId()));
  }

  private static String nameOf(Services s, long id) {
    return s.labels().all().stream().filter(l -> l.id() == id).findFirst().orElseThrow().name();
  }

  private static long idOf(Services s, String name) {
    return s.labels().all().stream()
        .filter(l -> l.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void openAndMergeBringTheTeamsReplyWork() throws Exception {
    MutableClock c1 = SessionFixture.clock();
    try (Services ana = SessionFixture.demo(dir, "ana", c1);
        Services ben = SessionFixture.demo(dir, "ben", SessionFixture.clock())) {
      Work w = addWork(ana, c1);
      Path file = SessionFixture.export(ana, dir.resolve("ana.firebreak"));

      SessionOpener.open(file, dir.resolve("opened"));
      try (Services opened = Services.open(dir.resolve("opened"), SessionFixture.clock())) {
        assertHasWork(opened, w);
      }

      MergeReport first = new SessionMerger(ben.database()).merge(file);
      assertThat(first.added()).containsEntry("saved_replies", 1L).containsEntry("saved_views", 1L);
      assertThat(first.updated()).containsEntry("label_links", 2L);
      assertHasWork(ben, w);
      MergeReport again = new SessionMerger(ben.database()).merge(file);
      assertThat(again.totalAdded()).isZero();
      assertThat(again.totalUpdated()).isZero();
      assertThat(new SnippetStore(ben.database()).all())
          .hasSize(new SnippetStore(ana.database()).all().size());
    }
  }

  @Test
  void aFormat1FileWithoutTheNewEntriesStillOpens() throws Exception {
    MutableClock c = SessionFixture.clock();
    try (Services ana = SessionFixture.demo(dir, "old", c)) {
      Path file = SessionFixture.export(ana, dir.resolve("new.firebreak"));
      Path old = asFormat1(file, dir.resolve("old.firebreak"));
      MergeReport report = SessionOpener.open(old, dir.resolve("from-old"));
      assertThat(report.added().get("messages")).isPositive();
      try (Services opened = Services.open(dir.resolve("from-old"), SessionFixture.clock())) {
        assertThat(opened.labels().all()).hasSameSizeAs(ana.labels().all());
      }
    }
  }

  /** The same file as an older Firebreak wrote it: format 1, without the entries format 2 added. */
  private static Path asFormat1(Path file, Path out) throws Exception {
    List<String> added = List.of("label_deletions", "label_links", "saved_replies", "saved_views");
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    try (ZipFile in = new ZipFile(file.toFile());
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      com.fasterxml.jackson.databind.node.ObjectNode manifest;
      try (InputStream m = in.getInputStream(in.getEntry("manifest.json"))) {
        manifest = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(m);
      }
      manifest.put("formatVersion", 1);
      com.fasterxml.jackson.databind.node.ArrayNode entries =
          (com.fasterxml.jackson.databind.node.ArrayNode) manifest.get("entries");
      for (int i = entries.size() - 1; i >= 0; i--) {
        String name = entries.get(i).get("name").asText();
        if (added.contains(name.replace(".ndjson", ""))) {
          entries.remove(i);
        }
      }
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        String entry = e.getName().replace(".ndjson", "");
        if (e.getName().equals("manifest.json") || added.contains(entry)) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream data = in.getInputStream(e)) {
          data.transferTo(zip);
        }
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("manifest.json"));
      zip.write(json.writeValueAsBytes(manifest));
      zip.closeEntry();
    }
    return out;
  }
}
