package org.firebreak.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubServiceTest {

  @TempDir Path dir;

  @Test
  void aHubSeededFromThePlaybookHasBothLanguagesAndStaysDarkUntilSwitchedOn() throws Exception {
    try (ShareFixture f = new ShareFixture(dir)) {
      HubService hub = f.services.hub();
      hub.seedFromPlaybook("en", "Oven recall", "https://help.example.com/oven");
      hub.seedFromPlaybook("id", "Penarikan oven", "https://help.example.com/oven");
      HubContent c = hub.content();
      assertThat(c.darkSite()).isTrue();
      assertThat(c.published()).isFalse();
      assertThat(c.hubUrl()).isEqualTo("https://help.example.com/oven");
      assertThat(c.summary("en").orElseThrow().title()).startsWith("Oven recall");
      assertThat(c.summary("id").orElseThrow().title()).startsWith("Penarikan oven");
      assertThat(c.faq("en")).hasSizeGreaterThanOrEqualTo(3);
      assertThat(c.faq("id")).hasSameSizeAs(c.faq("en"));
      assertThat(c.steps("id")).hasSameSizeAs(c.steps("en")).isNotEmpty();
      assertThat(c.help("en")).anySatisfy(h -> assertThat(h.url()).isEqualTo(c.hubUrl()));
      assertThat(c.faq("en").get(0).position()).isEqualTo(1);
      assertThat(c.faq("en").get(1).position()).isEqualTo(2);

      Path page = f.services.hubSite().write(dir.resolve("site"));
      Document dark = Jsoup.parse(Files.readString(page));
      assertThat(dark.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
      assertThat(dark.select(".dark-banner")).hasSize(1);

      hub.goLive();
      assertThat(hub.content().darkSite()).isFalse();
      assertThat(hub.content().published()).isTrue();
      Document live =
          Jsoup.parse(Files.readString(f.services.hubSite().write(dir.resolve("site"))));
      assertThat(live.select("meta[name=robots]")).isEmpty();
      assertThat(live.select(".dark-banner")).isEmpty();
      assertThat(live.select("section#en h3.question")).hasSize(c.faq("en").size());
      assertThat(live.select("section#id h3.question")).hasSize(c.faq("id").size());
      assertThat(live.select("nav.languages a[href=#id]")).hasSize(1);
      assertThat(Files.list(dir.resolve("site")).map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("index.html", "hub.css");
    }
  }

  @Test
  void aPublishedStatementJoinsTheUpdatesLogOnceAtItsPublicationTime() {
    try (ShareFixture f = new ShareFixture(dir)) {
      HubService hub = f.services.hub();
      assertThat(hub.addPublishedStatement(f.published.id(), "en")).isTrue();
      assertThat(hub.addPublishedStatement(f.published.id(), "en")).isFalse();
      HubContent.Update u = hub.content().updates("en").get(0);
      assertThat(u.statementId()).isEqualTo(f.published.id());
      assertThat(u.postedAt()).isEqualTo(f.published.publishedAt());
      assertThat(u.text()).isEqualTo(f.published.text());
      assertThat(hub.content().updates("id")).isEmpty();
    }
  }

  @Test
  void editsHidingAndRefusals() {
    try (ShareFixture f = new ShareFixture(dir)) {
      HubService hub = f.services.hub();
      long faq = hub.addFaq("en", "Q?", "A.");
      hub.editFaq(faq, "Is my oven affected?", "Check the serial number.");
      long step = hub.addStep("id", "Langkah satu");
      hub.editStep(step, "Periksa nomor seri.");
      long help = hub.addHelp("en", "Hotline", "0800 123", "https://example.com/help");
      hub.editHelp(help, "Hotline", "0800 456", null);
      long update = hub.addUpdate("en", "First update");
      hub.editUpdate(update, "Corrected update");
      hub.setPublished(HubSection.UPDATES, update, false);
      HubContent c = hub.content();
      assertThat(c.faq("en").get(0).question()).isEqualTo("Is my oven affected?");
      assertThat(c.steps("id").get(0).text()).isEqualTo("Periksa nomor seri.");
      assertThat(c.help("en").get(0).url()).isNull();
      assertThat(c.updates("en")).isEmpty();
      assertThat(c.updates()).hasSize(1);

      assertThatThrownBy(() -> hub.addHelp("en", "Bad", null, "javascript:alert(1)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("http");
      assertThatThrownBy(() -> hub.addFaq("fr", "Q", "A")).hasMessageContaining("en or id");
      assertThatThrownBy(() -> hub.addStep("en", "  ")).hasMessageContaining("empty");
      assertThatThrownBy(() -> hub.editFaq(9999, "Q", "A")).hasMessageContaining("9999");
      long draft =
          f.services
              .statementService()
              .createDraft(
                  org.firebreak.statements.StatementKind.UPDATE, "Later", "Text", null, "me")
              .id();
      assertThatThrownBy(() -> hub.addPublishedStatement(draft, "en"))
          .hasMessageContaining("DRAFT");
    }
  }
}
