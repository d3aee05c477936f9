package org.firebreak.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * What a score part saw, kept language-neutral (with the run, in the training database): a key of
 * the reports' word bundle ({@code debrief.detail.*}) and its arguments. Each report or window
 * renders it in its own language; a detail kept by an older Firebreak (plain English) is shown as
 * it was written.
 */
public final class ScoreDetail {

  public static final String PREFIX = "debrief.detail.";
  private static final String SEP = "\u001f";

  private ScoreDetail() {}

  /** The stored form of {@code debrief.detail.<name>} with {@code args}. */
  static String of(String name, Object... args) {
    StringBuilder out = new StringBuilder(PREFIX).append(name);
    for (Object a : args) {
      out.append(SEP).append(a instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : a);
    }
    return out.toString();
  }

  /**
   * The detail in words: {@code words} formats a key with its arguments (numbers as numbers, so
   * they are written the language's way); {@code has} says whether the bundle knows the key.
   */
  public static String render(
      String detail, BiFunction<String, Object[], String> words, Predicate<String> has) {
    if (detail == null || !detail.startsWith(PREFIX)) {
      return detail == null ? "" : detail;
    }
    String[] parts = detail.split(SEP, -1);
    if (!has.test(parts[0])) {
      return detail.replace(SEP, " ");
    }
    List<Object> args = new ArrayList<>();
    for (int i = 1; i < parts.length; i++) {
      args.add(number(parts[i]));
    }
    return words.apply(parts[0], args.toArray());
  }

  /** The score with every part's detail in words. */
  public static DrillScore rendered(
      DrillScore score, BiFunction<String, Object[], String> words, Predicate<String> has) {
    List<DrillScore.Part> parts = new ArrayList<>();
    for (DrillScore.Part p : score.parts()) {
      parts.add(
          new DrillScore.Part(p.id(), p.weight(), p.points(), render(p.detail(), words, has)));
    }
    return new DrillScore(score.total(), parts, score.replyTimes());
  }

  private static Object number(String s) {
    try {
      return s.contains(".") ? (Object) Double.valueOf(s) : (Object) Long.valueOf(s);
    } catch (NumberFormatException e) {
      return s;
    }
  }
}
