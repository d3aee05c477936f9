package org.firebreak.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.firebreak.simulation.RunComparison;

/** Drill runs side by side as one HTML table under a SIMULATION banner, every text encoded. */
public final class ComparisonReport {

  private ComparisonReport() {}

  public static void write(RunComparison c, String language, Instant now, Path target)
      throws IOException {
    byte[] html = render(c, language, now).getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(target, out -> out.write(html));
  }

  public static String render(RunComparison c, String language, Instant now) throws IOException {
    Words w = new Words(language);
    String title = w.get("compare.title", String.join(" / ", c.titles()));
    Html h = new Html().headInline(language, title, AfterActionReport.css());
    h.raw("<body>\n");
    DebriefReport.simulationBanner(h, w);
    h.raw("<main>\n").element("h1", null, title).raw("\n");
    h.element("p", "muted", w.get("report.generated", HubPage.SHOWN.format(now))).raw("\n");
    h.raw("<table id=\"runs\"><tr>").element("th", null, w.get("compare.col.part"));
    for (int i = 0; i < c.runs().size(); i++) {
      RunComparison.Run r = c.runs().get(i);
      String who =
          r.team() == null || r.team().isBlank()
              ? w.get("compare.runN", i + 1, r.label())
              : r.team();
      h.element("th", "num", w.get("compare.run", who, HubPage.SHOWN.format(r.startedAt())));
    }
    h.raw("</tr>\n");
    for (Map.Entry<String, Integer> part : c.weights().entrySet()) {
      h.raw("<tr>");
      h.element(
          "td", null, DebriefReport.partName(w, part.getKey()) + " (" + part.getValue() + ")");
      double best =
          c.runs().stream()
              .mapToDouble(r -> r.points().getOrDefault(part.getKey(), -1.0))
              .max()
              .orElse(-1);
      double worst =
          c.runs().stream()
              .mapToDouble(r -> r.points().getOrDefault(part.getKey(), -1.0))
              .min()
              .orElse(-1);
      for (RunComparison.Run r : c.runs()) {
        Double p = r.points().get(part.getKey());
        h.element(
            "td",
            p != null && p == best && best > worst ? "num best" : "num",
            p == null ? w.get("compare.notScored") : String.format(Locale.ROOT, "%.1f", p));
      }
      h.raw("</tr>\n");
    }
    h.raw("<tr>").element("th", null, w.get("compare.col.total"));
    Integer best = c.bestTotal();
    for (RunComparison.Run r : c.runs()) {
      boolean top =
          r.total() != null
              && r.total().equals(best)
              && c.runs().stream().anyMatch(o -> o.total() == null || o.total() < best);
      h.element(
          "th",
          top ? "num best" : "num",
          r.total() == null ? w.get("compare.notScored") : r.total() + " / 100");
    }
    h.raw("</tr>\n</table>\n</main>\n</body>\n</html>\n");
    return h.toString();
  }
}
