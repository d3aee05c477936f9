package org.firebreak.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

class HubPageProperties {

  static final Instant AT = Instant.parse("2026-11-24T08:00:00Z");

  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "'><svg onload=alert(1)>",
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "</title><script>x</script>",
          "</textarea></style></noscript>",
          "<!--",
          "-->",
          "<![CDATA[",
          "&lt;script&gt;",
          "&#x3C;script&#x3E;",
          "&",
          "\u202e",
          "\u202d",
          "\u2066",
          "\u0000",
          "\r\n",
          "\r",
          "\u0085",
          "\uFEFF",
          "{{7*7}}",
          "${7*7}",
          "`",
          "😀",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<style>body{display:none}</style>",
          "<meta http-equiv=refresh content=0;url=https://evil>",
          "<base href=https://evil/>",
          "<form action=https://evil><button>x</button></form>");

  /** Random text of any kind, lone surrogates included, mixed with known attack strings. */
  @Provide
  static Arbitrary<String> hostile() {
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(3, Arbitraries.of(HOSTILE)));
    return piece.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void nothingAMemberOfThePublicWroteBecomesMarkup(
      @ForAll("hostile") String summary,
      @ForAll("hostile") String question,
      @ForAll("hostile") String answer,
      @ForAll("hostile") String update,
      @ForAll("hostile") String url) {
    HubContent hub =
        new HubContent(
            false,
            true,
            null,
            List.of(new HubContent.Summary("en", question, summary, AT)),
            List.of(new HubContent.Update(1, "en", AT, update, null, true)),
            List.of(new HubContent.Faq(1, "id", 1, question, answer, true)),
            List.of(new HubContent.Step(1, "en", 1, answer, true)),
            List.of(new HubContent.Help(1, "id", 1, summary, answer, url, true)));
    Document doc = Jsoup.parse(HubPage.render(hub, AT));

    assertSafe(doc);
    assertThat(doc.select("section#en p.summary-text").first().wholeText())
        .isEqualTo(PublicText.clean(summary));
    assertThat(doc.select("section#en h1").first().wholeText())
        .isEqualTo(PublicText.clean(question));
    assertThat(doc.select("section#en p.update-text").first().wholeText())
        .isEqualTo(PublicText.clean(update));
    assertThat(doc.select("section#id h3.question").first().wholeText())
        .isEqualTo(PublicText.clean(question));
    assertThat(doc.select("section#id p.answer").first().wholeText())
        .isEqualTo(PublicText.clean(answer));
    assertThat(doc.select("section#en li.step").first().wholeText())
        .isEqualTo(PublicText.clean(answer));
    assertThat(doc.selectFirst("title").wholeText()).isEqualTo(PublicText.clean(question));
    Element link = doc.select("section#id .help-link").first();
    if (SafeLink.of(url).isPresent()) {
      assertThat(link.select("a").attr("href")).isEqualTo(url);
    } else if (link != null) {
      assertThat(link.select("a")).isEmpty();
    }
  }

  /** No script, no event handler, no link or resource that is not http(s), the strict CSP. */
  static void assertSafe(Document doc) {
    assertThat(
            doc.select(
                "script, iframe, object, embed, form, base, img, style, meta[http-equiv=refresh]"))
        .isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
        assertThat(a.getKey()).isNotEqualTo("style");
        if (a.getKey().equals("href") || a.getKey().equals("src")) {
          String v = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
          assertThat(
                  v.startsWith("http://")
                      || v.startsWith("https://")
                      || v.startsWith("#")
                      || v.equals("hub.css"))
              .as("%s=%s", a.getKey(), a.getValue())
              .isTrue();
        }
      }
    }
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .isEqualTo(Html.CSP);
  }
}
