package org.firebreak.share;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders the crisis hub as one static page with an English and an Indonesian section, switched by
 * anchor links: no JavaScript, no inline style, nothing from outside the site.
 */
public final class HubPage {

  static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private HubPage() {}

  public static String render(HubContent hub, Instant generatedAt) {
    return render(hub, generatedAt, false);
  }

  /** The page; from a training database ({@code drill}) under a SIMULATION banner. */
  public static String render(HubContent hub, Instant generatedAt, boolean drill) {
    Words en = new Words("en");
    String title =
        hub.summary("en")
            .or(() -> hub.summary("id"))
            .map(HubContent.Summary::title)
            .orElse(en.get("hub.summary"));
    Html h =
        new Html()
            .head(
                "en",
                drill ? en.get("simulation.title", title) : title,
                "hub.css",
                hub.darkSite() || drill);
    h.raw("<body>\n");
    if (drill) {
      h.raw("<p class=\"simulation\" role=\"note\" id=\"simulation\">")
          .text(en.get("simulation.banner") + " · " + new Words("id").get("simulation.banner"))
          .raw("</p>\n");
    }
    h.raw("<a class=\"skip\" href=\"#en\">").text(en.get("hub.skip")).raw("</a>\n");
    h.raw("<nav class=\"languages\">");
    for (String lang : HubContent.LANGUAGES) {
      h.raw("<a href=\"#" + lang + "\" hreflang=\"" + lang + "\" lang=\"" + lang + "\">")
          .text(new Words(lang).get("hub.languageName"))
          .raw("</a> ");
    }
    h.raw("</nav>\n");
    if (hub.darkSite()) {
      h.raw("<p class=\"dark-banner\" role=\"status\">")
          .text(en.get("hub.darkBanner"))
          .raw("</p>\n");
    }
    h.raw("<main>\n");
    for (String lang : HubContent.LANGUAGES) {
      section(h, hub, lang, new Words(lang), generatedAt);
    }
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void section(Html h, HubContent hub, String lang, Words w, Instant generatedAt) {
    h.raw("<section class=\"language\" id=\"" + lang + "\" lang=\"" + lang + "\">\n");
    HubContent.Summary summary = hub.summary(lang).orElse(null);
    h.element("h1", null, summary == null ? w.get("hub.summary") : summary.title()).raw("\n");
    h.element("p", "generated", w.get("hub.generated", SHOWN.format(generatedAt))).raw("\n");
    if (summary != null) {
      h.raw("<section class=\"summary\">").element("h2", null, w.get("hub.summary"));
      h.element("p", "summary-text", summary.text()).raw("</section>\n");
    }
    h.raw("<section class=\"updates\">").element("h2", null, w.get("hub.updates"));
    List<HubContent.Update> updates = hub.updates(lang);
    if (updates.isEmpty()) {
      h.element("p", "empty", w.get("hub.noUpdates"));
    } else {
      h.raw("<ol class=\"updates-log\">");
      for (HubContent.Update u : updates) {
        h.raw("<li>")
            .open("time", "datetime", DateTimeFormatter.ISO_INSTANT.format(u.postedAt()))
            .text(w.get("hub.postedAt", SHOWN.format(u.postedAt())))
            .raw("</time>")
            .element("p", "update-text", u.text())
            .raw("</li>\n");
      }
      h.raw("</ol>");
    }
    h.raw("</section>\n");
    List<HubContent.Faq> faq = hub.faq(lang);
    if (!faq.isEmpty()) {
      h.raw("<section class=\"faq\">").element("h2", null, w.get("hub.faq"));
      for (HubContent.Faq f : faq) {
        h.element("h3", "question", f.question()).element("p", "answer", f.answer()).raw("\n");
      }
      h.raw("</section>\n");
    }
    List<HubContent.Step> steps = hub.steps(lang);
    if (!steps.isEmpty()) {
      h.raw("<section class=\"steps\">").element("h2", null, w.get("hub.steps")).raw("<ol>");
      for (HubContent.Step s : steps) {
        h.element("li", "step", s.text()).raw("\n");
      }
      h.raw("</ol></section>\n");
    }
    List<HubContent.Help> help = hub.help(lang);
    if (!help.isEmpty()) {
      h.raw("<section class=\"help\">").element("h2", null, w.get("hub.help")).raw("<ul>");
      for (HubContent.Help c : help) {
        h.raw("<li>").element("strong", "help-label", c.label());
        if (c.detail() != null && !c.detail().isBlank()) {
          h.element("span", "help-detail", c.detail());
        }
        if (c.url() != null && !c.url().isBlank()) {
          h.raw("<span class=\"help-link\">").link(c.url(), c.url()).raw("</span>");
        }
        h.raw("</li>\n");
      }
      h.raw("</ul></section>\n");
    }
    h.raw("</section>\n");
  }
}
