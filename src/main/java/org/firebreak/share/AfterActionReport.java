package org.firebreak.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.firebreak.incident.Incident;
import org.firebreak.stats.LabelDebt;
import org.firebreak.store.AfterActionQuery;

/**
 * The after-action report: one printable HTML file telling the incident's story (timeline, first
 * response against the window, volume, the reply-debt curve, statements, labels, response times,
 * notes).
 */
public final class AfterActionReport {

  private final AfterActionQuery query;
  private final Clock clock;
  private final BooleanSupplier training;

  public AfterActionReport(AfterActionQuery query, Clock clock) {
    this(query, clock, () -> false);
  }

  /** A report that carries a SIMULATION banner when {@code training} says so. */
  public AfterActionReport(AfterActionQuery query, Clock clock, BooleanSupplier training) {
    this.query = query;
    this.clock = clock;
    this.training = training;
  }

  public void write(Path target, String language) throws IOException {
    byte[] html = render(language).getBytes(StandardCharsets.UTF_8);
    AtomicFile.write(target, out -> out.write(html));
  }

  public void write(Writer out, String language) throws IOException {
    out.write(render(language));
    out.flush();
  }

  public String render(String language) throws IOException {
    return render(
        query.load(),
        new Words(language),
        language,
        clock.instant(),
        css(),
        training.getAsBoolean());
  }

  static String render(
      Optional<AfterActionData> loaded, Words w, String lang, Instant now, String css) {
    return render(loaded, w, lang, now, css, false);
  }

  static String render(
      Optional<AfterActionData> loaded,
      Words w,
      String lang,
      Instant now,
      String css,
      boolean drill) {
    String name = loaded.map(d -> d.incident().name()).orElse("");
    String title = w.get("report.title", name);
    Html h = new Html().headInline(lang, drill ? w.get("simulation.title", title) : title, css);
    h.raw("<body>\n");
    if (drill) {
      DebriefReport.simulationBanner(h, w);
    }
    h.raw("<main>\n").element("h1", null, title).raw("\n");
    h.element("p", "muted", w.get("report.generated", HubPage.SHOWN.format(now))).raw("\n");
    if (loaded.isEmpty()) {
      h.element("p", null, w.get("report.noIncident"));
    } else {
      body(h, loaded.get(), w, lang);
    }
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void body(Html h, AfterActionData d, Words w, String lang) {
    Incident i = d.incident();
    h.raw("<section id=\"timeline\">").element("h2", null, w.get("report.timeline")).raw("<table>");
    for (AfterActionData.Event e : d.timeline()) {
      h.raw("<tr>").element("td", "num", HubPage.SHOWN.format(e.at()) + " UTC");
      h.element("td", "event", eventText(w, e));
      h.element("td", "actor", e.actor() == null ? "" : w.get("report.by", e.actor()))
          .raw("</tr>\n");
    }
    h.raw("</table></section>\n");

    h.raw("<section id=\"first-response\">").element("h2", null, w.get("report.firstResponse"));
    long window = i.responseWindow().toMinutes();
    if (i.firstResponseAt() == null) {
      h.element("p", "late", w.get("report.firstResponse.none", window));
    } else {
      long took = Duration.between(i.declaredAt(), i.firstResponseAt()).toMinutes();
      boolean late = took > window;
      h.element(
          "p",
          late ? "late" : "ok",
          w.get(
              late ? "report.firstResponse.late" : "report.firstResponse.within",
              took,
              window,
              took - window));
    }
    h.raw("</section>\n");

    h.raw("<section id=\"volume\">").element("h2", null, w.get("report.volume"));
    h.element("p", null, w.get("report.volume.total", d.totalMessages(), d.inboundMessages()));
    VolumeChart.render(h, d.volumeStart(), d.volumePer10Minutes(), w.get("report.volume.chart"));
    h.raw("</section>\n");

    h.raw("<section id=\"reply-debt\">").element("h2", null, w.get("report.debt"));
    long peak = 0;
    int peakAt = 0;
    long[] open = d.openAtEndOf10Minutes();
    for (int b = 0; b < open.length; b++) {
      if (open[b] > peak) {
        peak = open[b];
        peakAt = b;
      }
    }
    h.element(
        "p",
        null,
        w.get(
            "report.debt.summary",
            peak,
            HubPage.SHOWN.format(d.volumeStart().plusSeconds(600L * peakAt)) + " UTC",
            open.length == 0 ? 0 : open[open.length - 1]));
    VolumeChart.render(h, d.volumeStart(), open, w.get("report.debt.chart"), "debt");
    h.raw("</section>\n");

    h.raw("<section id=\"statements\">").element("h2", null, w.get("report.statements"));
    if (d.statements().isEmpty()) {
      h.element("p", null, w.get("report.none"));
    } else {
      h.raw("<table><tr>");
      for (String col :
          List.of("title", "kind", "state", "spokesperson", "approver", "published")) {
        h.element("th", null, w.get("report.statement.col." + col));
      }
      h.raw("</tr>\n");
      for (AfterActionData.StatementLine s : d.statements()) {
        h.raw("<tr>").element("td", null, s.title()).element("td", null, s.kind());
        h.element("td", null, s.state()).element("td", null, nz(s.spokesperson()));
        h.element("td", null, nz(s.approver()));
        h.element(
            "td", "num", s.publishedAt() == null ? "" : HubPage.SHOWN.format(s.publishedAt()));
        h.raw("</tr>\n");
      }
      h.raw("</table>");
    }
    h.raw("</section>\n");

    h.raw("<section id=\"labels\">").element("h2", null, w.get("report.labels")).raw("<table><tr>");
    h.element("th", null, w.get("report.label.col.label"));
    h.element("th", "num", w.get("report.label.col.messages"));
    h.element("th", "num", w.get("report.label.col.open")).raw("</tr>\n");
    for (LabelDebt l : d.labels()) {
      h.raw("<tr>").element("td", null, l.label()).element("td", "num", Long.toString(l.total()));
      h.element("td", "num", Long.toString(l.awaitingReply())).raw("</tr>\n");
    }
    h.raw("</table></section>\n");

    h.raw("<section id=\"response-times\">").element("h2", null, w.get("report.responseTimes"));
    String share =
        d.inboundMessages() == 0
            ? w.get("report.percentNone")
            : NumberFormat.getPercentInstance(Locale.forLanguageTag(lang))
                .format((double) d.answeredWithin30Minutes() / d.inboundMessages());
    h.element(
        "p",
        "answered",
        w.get(
            "report.responseTimes.answered",
            d.answered(),
            d.inboundMessages(),
            d.answeredWithin30Minutes(),
            share));
    h.raw("<table><tr>").element("th", null, w.get("report.responseTimes.col.bucket"));
    h.element("th", "num", w.get("report.responseTimes.col.count")).raw("</tr>\n");
    for (int b = 0; b < d.responseBuckets().length; b++) {
      h.raw("<tr>").element("td", null, w.get("report.bucket." + b));
      h.element("td", "num", Long.toString(d.responseBuckets()[b])).raw("</tr>\n");
    }
    h.raw("</table></section>\n");

    h.raw("<section id=\"notes\">").element("h2", null, w.get("report.notes"));
    if (d.notes().isEmpty()) {
      h.element("p", null, w.get("report.none"));
    }
    for (AfterActionData.Note n : d.notes()) {
      h.element(
          "p", "note-by muted", w.get("report.note.by", n.author(), HubPage.SHOWN.format(n.at())));
      h.element("p", "note", n.text());
    }
    h.raw("</section>\n");
  }

  private static String eventText(Words w, AfterActionData.Event e) {
    String detail = nz(e.detail());
    return switch (e.kind()) {
      case "incident.declare" -> w.get("report.event.declared");
      case "incident.firstResponse" -> w.get("report.event.firstResponse");
      case "incident.resolve" -> w.get("report.event.resolved");
      case "incident.watchEnds" -> w.get("report.event.watchEnds");
      case "statement.approve" -> w.get("report.event.statementApproved", detail);
      case "statement.publish" -> w.get("report.event.statementPublished", detail);
      case "hub.update" -> w.get("report.event.hubUpdate") + " (" + detail + ")";
      default -> e.kind();
    };
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  static String css() throws IOException {
    try (InputStream in = AfterActionReport.class.getResourceAsStream("/report/report.css")) {
      if (in == null) {
        throw new IOException("The report stylesheet report/report.css is missing.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
