package org.firebreak.statements;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable difference between two texts, word by word (each word with the spaces after it), as
 * the reviewer reads it: runs of unchanged, removed and added text in reading order.
 */
public record WordDiff(List<Segment> segments) {

  /** How a run of text changed. */
  public enum Change {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of text with one kind of change. */
  public record Segment(Change change, String text) {}

  private static final Pattern TOKEN = Pattern.compile("\\S+\\s*|\\s+");

  public WordDiff {
    segments = List.copyOf(segments);
  }

  public static WordDiff between(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    Patch<String> patch = DiffUtils.diff(a, b);
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int start = delta.getSource().getPosition();
      add(out, Change.SAME, a.subList(at, start));
      add(out, Change.REMOVED, delta.getSource().getLines());
      add(out, Change.ADDED, delta.getTarget().getLines());
      at = start + delta.getSource().size();
    }
    add(out, Change.SAME, a.subList(at, a.size()));
    return new WordDiff(out);
  }

  public boolean unchanged() {
    return segments.stream().allMatch(s -> s.change() == Change.SAME);
  }

  /** Plain-text rendering for logs and exports: [-removed-]{+added+}. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      switch (s.change()) {
        case SAME -> sb.append(s.text());
        case REMOVED -> sb.append("[-").append(s.text()).append("-]");
        case ADDED -> sb.append("{+").append(s.text()).append("+}");
      }
    }
    return sb.toString();
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static void add(List<Segment> out, Change change, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    if (!out.isEmpty() && out.get(out.size() - 1).change() == change) {
      Segment last = out.remove(out.size() - 1);
      text = last.text() + text;
    }
    out.add(new Segment(change, text));
  }
}
