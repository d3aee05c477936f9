package org.firebreak.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.firebreak.simulation.Debrief;
import org.firebreak.simulation.DrillScore;
import org.firebreak.simulation.Scenario;

/**
 * A drill's debrief as one printable HTML file under a SIMULATION banner: the injects beside the
 * team's actions, the trainer's notes, the score with its parts and what to practise next. Every
 * piece of text (scenario, messages, notes, statements) is encoded by {@link Html}.
 */
public final class DebriefReport {

  private DebriefReport() {}

  public static void write(Debrief d, String language, Instant now, Path target)
      throws IOException {
    byte[] html = render(d, language, now).getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(target, out -> out.write(html));
  }

  public static String render(Debrief d, String language, Instant now) throws IOException {
    Words w = new Words(language);
    String title = w.get("debrief.title", d.title());
    Html h = new Html().headInline(language, title, AfterActionReport.css());
    h.raw("<body>\n");
    simulationBanner(h, w);
    h.raw("<main>\n").element("h1", null, title).raw("\n");
    String team = d.team().isBlank() ? "" : w.get("debrief.team", d.team()) + " · ";
    h.element(
        "p",
        "muted",
        team
            + w.get(
                "debrief.run",
                HubPage.SHOWN.format(d.startedAt()),
                Long.toString(d.seed()),
                d.originPlatform(),
                d.firstResponseMinutes()));
    h.element("p", "muted", w.get("report.generated", HubPage.SHOWN.format(now))).raw("\n");
    score(h, w, d.score());
    practise(h, w, d);
    timeline(h, w, d);
    notes(h, w, d);
    guide(h, w, d);
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The banner every report from a training database carries. */
  static void simulationBanner(Html h, Words w) {
    h.raw("<p class=\"simulation\" role=\"note\" id=\"simulation\">")
        .text(w.get("simulation.banner"))
        .raw("</p>\n");
  }

  private static void score(Html h, Words w, DrillScore s) {
    h.raw("<section id=\"score\">").element("h2", null, w.get("debrief.score"));
    h.element("p", "score-total", w.get("debrief.score.total", s.total()));
    h.raw("<table><tr>").element("th", null, w.get("debrief.col.part"));
    h.element("th", "num", w.get("debrief.col.points"));
    h.element("th", "num", w.get("debrief.col.weight"));
    h.element("th", null, w.get("debrief.col.detail")).raw("</tr>\n");
    for (DrillScore.Part p : s.parts()) {
      h.raw("<tr>").element("td", null, partName(w, p.id()));
      h.element("td", "num", String.format(Locale.ROOT, "%.1f", p.points()));
      h.element("td", "num", Integer.toString(p.weight()));
      h.element("td", null, w.scoreDetail(p.detail())).raw("</tr>\n");
    }
    h.raw("</table>");
    DrillScore.ReplyTimes t = s.replyTimes();
    if (t.replies() > 0) {
      h.element(
          "p",
          "muted",
          w.get(
              "debrief.replyTimes",
              t.replies(),
              String.format(Locale.ROOT, "%.1f", t.medianMinutes()),
              String.format(Locale.ROOT, "%.1f", t.p90Minutes()),
              String.format(Locale.ROOT, "%.1f", t.maxMinutes())));
    }
    h.raw("</section>\n");
  }

  static String partName(Words w, String id) {
    return w.get("debrief.part." + id);
  }

  private static void practise(Html h, Words w, Debrief d) {
    h.raw("<section id=\"practise\">").element("h2", null, w.get("debrief.practise"));
    h.raw("<ul>");
    if (d.practise().isEmpty()) {
      h.element("li", null, w.get("debrief.practise.none"));
    }
    for (String id : d.practise()) {
      h.raw("<li>").element("strong", null, partName(w, id)).text(" — ");
      h.text(w.get("debrief.practise." + id)).raw("</li>\n");
    }
    h.raw("</ul></section>\n");
  }

  private static void timeline(Html h, Words w, Debrief d) {
    h.raw("<section id=\"timeline\">").element("h2", null, w.get("debrief.timeline"));
    h.raw("<table><tr>").element("th", "num", w.get("debrief.col.time"));
    h.element("th", null, w.get("debrief.col.inject"));
    h.element("th", null, w.get("debrief.col.team")).raw("</tr>\n");
    for (Debrief.Row r : d.timeline()) {
      h.raw("<tr>").element("td", "num", clock(r.offsetSeconds()));
      String text = rowText(w, r);
      if (r.side() == Debrief.Side.INJECT) {
        h.element("td", "inject", text).raw("<td></td>");
      } else {
        h.raw("<td></td>").element("td", "team", text);
      }
      h.raw("</tr>\n");
    }
    h.raw("</table></section>\n");
  }

  private static String rowText(Words w, Debrief.Row r) {
    String detail = r.detail() == null || r.detail().isBlank() ? "" : ": " + r.detail();
    if (r.side() == Debrief.Side.INJECT) {
      String kind = r.kind();
      boolean conditional = kind.startsWith("conditional:");
      String base = conditional ? kind.substring("conditional:".length()) : kind;
      String name = w.get("debrief.inject." + base.replace(':', '.'));
      String who = r.actor().isBlank() ? "" : " (" + r.actor() + ")";
      String text = name + who + detail + " — " + w.get("debrief.messages", r.count());
      return conditional ? w.get("debrief.inject.conditional") + " " + text : text;
    }
    String key = "debrief.action." + r.kind();
    String name = w.has(key) ? w.get(key) : r.kind();
    String count = r.count() > 1 ? " — " + w.get("debrief.messages", r.count()) : "";
    return r.actor() + ": " + name + detail + count;
  }

  private static void notes(Html h, Words w, Debrief d) {
    h.raw("<section id=\"notes\">").element("h2", null, w.get("debrief.notes"));
    if (d.notes().isEmpty()) {
      h.element("p", null, w.get("report.none"));
    }
    for (Debrief.Note n : d.notes()) {
      h.element("p", "note-by muted", "T+" + clock(n.offsetSeconds()));
      h.element("p", "note", n.text());
    }
    h.raw("</section>\n");
  }

  private static void guide(Html h, Words w, Debrief d) {
    if (d.guide().isEmpty()) {
      return;
    }
    h.raw("<section id=\"guide\">").element("h2", null, w.get("debrief.guide")).raw("<table>");
    for (Scenario.GuideEntry g : d.guide()) {
      h.raw("<tr>").element("td", "num", "T+" + g.minute() + " min");
      h.element("td", null, g.expectation()).raw("</tr>\n");
    }
    h.raw("</table></section>\n");
  }

  static String clock(long seconds) {
    return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
  }
}
