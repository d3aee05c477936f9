package org.firebreak.share;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Messages per 10 minutes as an inline SVG bar chart: no script, a title per bar for readers. */
final class VolumeChart {

  private static final DateTimeFormatter HOUR =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
  private static final int HEIGHT = 160;
  private static final int BAR = 12;
  private static final int GAP = 2;
  private static final int AXIS = 20;

  private VolumeChart() {}

  static void render(Html h, Instant start, long[] counts, String caption) {
    render(h, start, counts, caption, "volume");
  }

  /** The same bars with another CSS class (the reply-debt curve is drawn in its own colour). */
  static void render(Html h, Instant start, long[] counts, String caption, String cssClass) {
    long max = 1;
    for (long c : counts) {
      max = Math.max(max, c);
    }
    int width = Math.max(1, counts.length) * (BAR + GAP);
    h.raw(
            "<svg class=\""
                + cssClass
                + "\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .raw(width + " " + (HEIGHT + AXIS))
        .raw("\" preserveAspectRatio=\"xMinYMin meet\"><title>")
        .text(caption)
        .raw("</title>");
    for (int i = 0; i < counts.length; i++) {
      int barHeight = (int) Math.round((double) counts[i] * HEIGHT / max);
      Instant at = start.plusSeconds(600L * i);
      h.raw("<rect x=\"" + i * (BAR + GAP) + "\" y=\"" + (HEIGHT - barHeight))
          .raw("\" width=\"" + BAR + "\" height=\"" + barHeight + "\" data-count=\"" + counts[i])
          .raw("\"><title>")
          .text(HOUR.format(at) + " UTC: " + counts[i])
          .raw("</title></rect>");
      if (i % 6 == 0) {
        h.raw("<text x=\"" + i * (BAR + GAP) + "\" y=\"" + (HEIGHT + AXIS - 4) + "\">")
            .text(HOUR.format(at))
            .raw("</text>");
      }
    }
    h.raw("<line x1=\"0\" y1=\"" + HEIGHT + "\" x2=\"" + width + "\" y2=\"" + HEIGHT + "\"/>");
    h.raw("</svg>\n");
  }
}
