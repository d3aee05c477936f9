package org.firebreak.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Message;
import org.firebreak.queue.QueueQuery;
import org.firebreak.stats.LabelDebt;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AfterActionReportTest {

  @TempDir Path dir;

  @Test
  void theReportsNumbersAreTheDatabases() throws Exception {
    try (ShareFixture f = new ShareFixture(dir)) {
      Message first = f.services.messages().page(QueueQuery.newestFirst()).get(0);
      f.services.triage().addNote(first.id(), "<script>alert('note')</script>", "scribe");
      f.services.hub().addPublishedStatement(f.published.id(), "en");
      Path out = dir.resolve("after-action.html");
      f.services.afterActionReport().write(out, "en");
      Document doc = Jsoup.parse(Files.readString(out));
      assertReportSafe(doc);

      long total = f.services.statsQuery().counts().total();
      long charted =
          doc.select("svg.volume rect").stream()
              .mapToLong(r -> Long.parseLong(r.attr("data-count")))
              .sum();
      assertThat(charted).isEqualTo(total).isPositive();
      long bucketed =
          doc.select("#response-times tr td.num").stream()
              .mapToLong(td -> Long.parseLong(td.text()))
              .sum();
      long answered =
          f.services
              .database()
              .read(
                  c -> {
                    try (var rs =
                        c.createStatement()
                            .executeQuery(
                                "SELECT COUNT(DISTINCT r.message_id) FROM replies r JOIN messages m"
                                    + " ON m.id = r.message_id WHERE m.direction = 'INBOUND'")) {
                      rs.next();
                      return rs.getLong(1);
                    }
                  });
      assertThat(bucketed).isEqualTo(answered).isPositive();
      // every part the Reports section names, in the order the story is told
      assertThat(doc.select("main > section").eachAttr("id"))
          .containsExactly(
              "timeline",
              "first-response",
              "volume",
              "reply-debt",
              "statements",
              "labels",
              "response-times",
              "notes");
      // the reply-debt curve ends at the messages that still wait, with no reply yet
      long waitingNow =
          f.services
              .database()
              .read(
                  c -> {
                    try (var rs =
                        c.createStatement()
                            .executeQuery(
                                "SELECT COUNT(*) FROM messages m WHERE m.direction = 'INBOUND'"
                                    + " AND m.status IN ('NEEDS_REPLY', 'ESCALATED', 'ASSIGNED')"
                                    + " AND NOT EXISTS (SELECT 1 FROM replies r"
                                    + " WHERE r.message_id = m.id)")) {
                      rs.next();
                      return rs.getLong(1);
                    }
                  });
      long[] debt =
          doc.select("svg.debt rect").stream()
              .mapToLong(r -> Long.parseLong(r.attr("data-count")))
              .toArray();
      assertThat(debt[debt.length - 1]).isEqualTo(waitingNow).isPositive();
      // and never shows more waiting than had arrived by then
      long[] volume =
          doc.select("svg.volume rect").stream()
              .mapToLong(r -> Long.parseLong(r.attr("data-count")))
              .toArray();
      long arrived = 0;
      for (int b = 0; b < debt.length; b++) {
        arrived += b < volume.length ? volume[b] : 0;
        assertThat(debt[b]).isBetween(0L, arrived);
      }
      assertThat(doc.select("#reply-debt p").text()).contains(waitingNow + " wait now");
      assertThat(doc.select("#response-times p").text()).contains("within 30 minutes");
      assertThat(doc.select("#timeline td.event").eachText())
          .contains("Incident declared", "Statement published: " + f.published.title())
          .anySatisfy(t -> assertThat(t).startsWith("Hub update posted"));
      assertThat(doc.select("#statements td").eachText())
          .contains(f.published.title(), f.member(org.firebreak.triage.TeamRole.APPROVER));
      assertThat(doc.select("#first-response p").text()).contains("First response after");
      assertThat(doc.select("#notes p.note").first().wholeText())
          .isEqualTo("<script>alert('note')</script>");
      assertThat(doc.select("#labels td").eachText()).isNotEmpty();

      String indonesian = f.services.afterActionReport().render("id");
      assertThat(Jsoup.parse(indonesian).select("h2").eachText())
          .contains("Linimasa", "Catatan tim");
    }
  }

  @Test
  void anEmptyDatabaseSaysNoIncident() throws Exception {
    try (var s =
        org.firebreak.testing.TempDatabase.open(
            dir, new org.firebreak.testing.MutableClock(org.firebreak.testing.TempDatabase.T0))) {
      Document doc = Jsoup.parse(s.afterActionReport().render("en"));
      assertReportSafe(doc);
      assertThat(doc.text()).contains("No incident has been declared");
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return HubPageProperties.hostile();
  }

  @Property(tries = 1000)
  void nothingFromTheDatabaseBecomesMarkup(
      @ForAll("hostile") String name, @ForAll("hostile") String text, @ForAll("hostile") String who)
      throws Exception {
    Instant t = HubPageProperties.AT;
    Incident incident =
        new Incident(
            1, name, Cause.INTERNAL, Platform.X, Incident.DEFAULT_WINDOW, t, t, null, null);
    AfterActionData data =
        new AfterActionData(
            incident,
            List.of(new AfterActionData.Event(t, "statement.publish", text, who)),
            t,
            new long[] {1, 2},
            new long[] {1, 0},
            3,
            3,
            List.of(new AfterActionData.StatementLine(text, "HOLDING", "PUBLISHED", who, who, t)),
            List.of(new LabelDebt(text, "#fff", 1, 0, 0, 0, null)),
            new long[6],
            0,
            0,
            List.of(new AfterActionData.Note(t, who, text)));
    Document doc =
        Jsoup.parse(
            AfterActionReport.render(
                Optional.of(data), new Words("en"), "en", t, AfterActionReport.css()));
    assertReportSafe(doc);
    assertThat(doc.select("p.note").first().wholeText()).isEqualTo(PublicText.clean(text));
    assertThat(doc.select("#statements td").first().wholeText()).isEqualTo(PublicText.clean(text));
    assertThat(doc.select("#labels td").first().wholeText()).isEqualTo(PublicText.clean(text));
  }

  /** Only our own stylesheet (allowed by its hash); otherwise the hub page's rules. */
  static void assertReportSafe(Document doc) {
    String csp = doc.select("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp)
        .startsWith("default-src 'none'; style-src 'sha256-")
        .endsWith("img-src 'self'; base-uri 'none'; form-action 'none'")
        .doesNotContain("unsafe");
    assertThat(doc.select("style")).hasSize(1);
    assertThat(doc.select("style").first().parent().tagName()).isEqualTo("head");
    String css = doc.select("style").first().data();
    assertThat(csp).contains("'sha256-" + Html.sha256(css) + "'");
    Element clone = doc.clone();
    clone.select("style").remove();
    clone.select("meta[http-equiv=Content-Security-Policy]").attr("content", Html.CSP);
    HubPageProperties.assertSafe((Document) clone);
  }
}
