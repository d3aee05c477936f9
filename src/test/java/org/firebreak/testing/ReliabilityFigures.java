package org.firebreak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.owasp.encoder.Encode;

/**
 * The reliability report: each figure is one JSON line, printed, appended to {@code
 * target/reliability/figures.jsonl}, and the page rebuilt from the latest line of each kind as
 * {@code target/reliability/reliability.json} and {@code index.html}.
 */
public final class ReliabilityFigures {

  public static final Path FOLDER = Path.of("target", "reliability");

  private ReliabilityFigures() {}

  /** Prints and keeps one figure line, e.g. {"crash":"export","runs":20,...}. */
  public static synchronized void record(String jsonLine) {
    System.out.println(jsonLine);
    try {
      Files.createDirectories(FOLDER);
      Files.writeString(
          FOLDER.resolve("figures.jsonl"),
          jsonLine + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      rebuild();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rebuilds the JSON and the HTML page from every line recorded so far (latest per kind). */
  public static void rebuild() throws IOException {
    Map<String, String> latest = new LinkedHashMap<>();
    for (String line : Files.readAllLines(FOLDER.resolve("figures.jsonl"))) {
      if (line.startsWith("{")) {
        latest.put(kind(line), line);
      }
    }
    Files.writeString(
        FOLDER.resolve("reliability.json"),
        "[\n" + String.join(",\n", latest.values()) + "\n]\n",
        StandardCharsets.UTF_8);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">")
        .append("<title>Firebreak reliability figures</title><style>")
        .append("body{font-family:sans-serif;margin:2em;max-width:70em}")
        .append("table{border-collapse:collapse;margin-bottom:1.5em}")
        .append("td,th{border:1px solid #ccc;padding:4px 10px;text-align:left}")
        .append(
            "th{background:#f3f3f3}.bad{color:#c5221f;font-weight:bold}</style></head>\n<body>\n")
        .append("<h1>Firebreak reliability figures</h1>\n")
        .append("<p>Crash (SIGKILL), fault, fuzz and soak figures from the latest runs; ")
        .append("the same figures are in reliability.json beside this page.</p>\n");
    for (String line : latest.values()) {
      Map<String, String> fields = fields(line);
      html.append("<h2>").append(Encode.forHtml(kind(line))).append("</h2>\n<table>\n");
      for (Map.Entry<String, String> f : fields.entrySet()) {
        boolean bad =
            List.of("lost", "duplicated", "failed_to_open", "partial_files", "errors")
                    .contains(f.getKey())
                && !f.getValue().equals("0");
        html.append("<tr><th>")
            .append(Encode.forHtml(f.getKey()))
            .append("</th><td")
            .append(bad ? " class=\"bad\"" : "")
            .append(">")
            .append(Encode.forHtml(f.getValue()))
            .append("</td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</body>\n</html>\n");
    Files.writeString(FOLDER.resolve("index.html"), html, StandardCharsets.UTF_8);
  }

  /** "crash: export" from {"crash":"export",...}: the first field names the kind. */
  private static String kind(String line) {
    Map<String, String> f = fields(line);
    Map.Entry<String, String> first = f.entrySet().iterator().next();
    return first.getKey() + ": " + first.getValue();
  }

  /** The flat fields of one figure line (values are numbers, booleans or plain strings). */
  private static Map<String, String> fields(String line) {
    Map<String, String> out = new LinkedHashMap<>();
    String body = line.strip();
    body = body.substring(1, body.length() - 1);
    for (String pair : body.split(",(?=\")")) {
      int colon = pair.indexOf("\":");
      String key = pair.substring(1, colon);
      String value = pair.substring(colon + 2).replaceAll("^\"|\"$", "");
      out.put(key, value);
    }
    return out;
  }
}
