package org.firebreak.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.firebreak.triage.LabelRule;

/**
 * The playbook editor's text boxes, one entry a line, read into a playbook's lists. A line that
 * cannot be read is refused by the box's name and the line number.
 */
public final class PlaybookLines {

  private PlaybookLines() {}

  /** "High = 15": a severity and its first-response window in minutes. */
  public static List<Playbook.Severity> severities(String text) {
    return lines(
        text,
        "severities",
        (line, n) -> {
          String[] parts = line.split("=", 2);
          try {
            if (parts.length == 2) {
              return new Playbook.Severity(parts[0].strip(), Integer.parseInt(parts[1].strip()));
            }
          } catch (NumberFormatException e) {
            // refused below
          }
          throw refuse("severities", n, "write a name = minutes, for example High = 15");
        });
  }

  public static String severitiesText(List<Playbook.Severity> list) {
    return String.join("\n", list.stream().map(s -> s.name() + " = " + s.windowMinutes()).toList());
  }

  /** Plain lines: checklist steps, hub steps, who must be told. */
  public static List<String> plain(String text, String field) {
    return lines(text, field, (line, n) -> line);
  }

  /** "name | #colour | description". */
  public static List<Playbook.PlaybookLabel> labels(String text) {
    return lines(
        text,
        "labels",
        (line, n) -> {
          String[] p = split(line, 3);
          return new Playbook.PlaybookLabel(p[0], p[1].isEmpty() ? "#5f6368" : p[1], p[2]);
        });
  }

  public static String labelsText(List<Playbook.PlaybookLabel> list) {
    return String.join(
        "\n",
        list.stream().map(l -> l.name() + " | " + l.colour() + " | " + l.description()).toList());
  }

  /** "label | KIND | value". */
  public static List<Playbook.PlaybookRule> rules(String text) {
    return lines(
        text,
        "rules",
        (line, n) -> {
          String[] p = split(line, 3);
          try {
            return new Playbook.PlaybookRule(
                p[0], LabelRule.Kind.valueOf(p[1].toUpperCase(Locale.ROOT)), p[2]);
          } catch (IllegalArgumentException e) {
            throw refuse(
                "rules",
                n,
                "write label | KEYWORD | word (kinds: KEYWORD, PHRASE, REGEX,"
                    + " AUTHOR, PLATFORM, LANGUAGE, SENTIMENT_BELOW, REACH_ABOVE)");
          }
        });
  }

  public static String rulesText(List<Playbook.PlaybookRule> list) {
    return String.join(
        "\n", list.stream().map(r -> r.label() + " | " + r.kind() + " | " + r.value()).toList());
  }

  /** "question | answer". */
  public static List<Playbook.Faq> faq(String text) {
    return lines(
        text,
        "faq",
        (line, n) -> {
          String[] p = split(line, 2);
          if (p[1].isEmpty()) {
            throw refuse("faq", n, "write question | answer");
          }
          return new Playbook.Faq(p[0], p[1]);
        });
  }

  public static String faqText(List<Playbook.Faq> list) {
    return String.join("\n", list.stream().map(f -> f.question() + " | " + f.answer()).toList());
  }

  private static String[] split(String line, int parts) {
    String[] raw = line.split("\\|", parts);
    String[] out = new String[parts];
    for (int i = 0; i < parts; i++) {
      out[i] = i < raw.length ? raw[i].strip() : "";
    }
    return out;
  }

  private static PlanRuleException refuse(String field, int line, String what) {
    return new PlanRuleException(field, field + ", line " + line + ": " + what + ".");
  }

  private static <T> List<T> lines(String text, String field, BiFunction<String, Integer, T> read) {
    List<T> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (!line.isEmpty()) {
        out.add(read.apply(line, i + 1));
      }
    }
    return out;
  }
}
