package org.firebreak.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firebreak.incident.Platform;

/**
 * Turns an inject into its messages. Everything random comes from the scenario's seed and the
 * inject's index, so the same scenario gives the same messages at the same offsets on every run.
 */
final class InjectExpander {

  static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");
  private static final long MINUTE_MS = 60_000;

  private final Scenario scenario;
  private final Platform origin;

  InjectExpander(Scenario scenario) {
    this.scenario = scenario;
    this.origin = Platform.parse(scenario.originPlatform());
  }

  /**
   * The messages of inject {@code index}, starting at {@code baseMinute} (its own, or when fired).
   */
  List<SimMessage> expand(int index, Scenario.Inject inject, int baseMinute) {
    SplittableRandom random =
        new SplittableRandom(scenario.seedOrZero() * 1_000_003L + index * 7919L + baseMinute);
    List<SimMessage> out = new ArrayList<>();
    long base = baseMinute * MINUTE_MS;
    Platform platform = inject.platform() == null ? origin : Platform.parse(inject.platform());
    switch (inject.kind()) {
      case "message", "event" -> {
        long reach = inject.reach() != null ? inject.reach() : eventReach(inject.event());
        out.add(message(index, 0, base, platform, inject.author(), reach, inject.text()));
      }
      case "burst", "noise" -> {
        int[] perMinute = perMinute(inject);
        int n = 0;
        for (int m = 0; m < perMinute.length; m++) {
          long[] offsets = new long[perMinute[m]];
          for (int k = 0; k < offsets.length; k++) {
            offsets[k] = random.nextLong(MINUTE_MS);
          }
          java.util.Arrays.sort(offsets);
          for (long offset : offsets) {
            Scenario.Persona who = pick(random, inject.personas());
            String text = fill(pick(random, inject.templates()), inject.variables(), random);
            String author = who == null ? "user" + random.nextInt(100_000) : who.author();
            long reach = who == null || who.reach() == null ? random.nextInt(2_000) : who.reach();
            out.add(
                message(index, n++, base + m * MINUTE_MS + offset, platform, author, reach, text));
          }
        }
      }
      case "conditional" -> out.addAll(expand(index, inject.then(), baseMinute));
      default -> throw new ScenarioException("kind", "unknown kind " + inject.kind());
    }
    return out;
  }

  /** How many messages the inject asks for, counted without generating them. */
  long count(Scenario.Inject inject) {
    return switch (inject.kind()) {
      case "message", "event" -> 1;
      case "burst", "noise" -> java.util.Arrays.stream(perMinute(inject)).asLongStream().sum();
      case "conditional" -> inject.then() == null ? 0 : count(inject.then());
      default -> 0;
    };
  }

  /** Messages per minute from the inject's start: the curve interpolated, or a steady rate. */
  int[] perMinute(Scenario.Inject inject) {
    double[] rates;
    if ("noise".equals(inject.kind())) {
      int until = inject.untilMinute() == null ? scenario.durationMinutes() : inject.untilMinute();
      int length = Math.max(0, until - inject.atMinute());
      rates = new double[length];
      java.util.Arrays.fill(rates, inject.ratePerMinute() == null ? 0 : inject.ratePerMinute());
    } else {
      List<List<Double>> curve = inject.curve();
      int last = (int) Math.round(curve.get(curve.size() - 1).get(0));
      rates = new double[Math.max(0, last)];
      for (int m = 0; m < rates.length; m++) {
        rates[m] = interpolate(curve, m);
      }
    }
    int[] counts = new int[rates.length];
    double carry = 0;
    for (int m = 0; m < rates.length; m++) {
      carry += Math.max(0, rates[m]);
      double whole = Math.floor(carry);
      counts[m] = (int) Math.min(Integer.MAX_VALUE / 2, whole);
      carry -= whole;
    }
    return counts;
  }

  static double interpolate(List<List<Double>> curve, double minute) {
    List<Double> prev = curve.get(0);
    if (minute <= prev.get(0)) {
      return minute < prev.get(0) ? 0 : prev.get(1);
    }
    for (List<Double> point : curve) {
      if (minute <= point.get(0)) {
        double span = point.get(0) - prev.get(0);
        double t = span <= 0 ? 1 : (minute - prev.get(0)) / span;
        return prev.get(1) + t * (point.get(1) - prev.get(1));
      }
      prev = point;
    }
    return 0;
  }

  static long eventReach(String event) {
    if (event == null) {
      return 1_000;
    }
    return switch (event) {
      case "news" -> 2_000_000;
      case "influencer" -> 500_000;
      case "competitor" -> 150_000;
      case "journalist" -> 80_000;
      case "executive" -> 40_000;
      default -> 1_000;
    };
  }

  private SimMessage message(
      int index, int n, long at, Platform platform, String author, long reach, String text) {
    String id = "sim-" + scenario.seedOrZero() + "-" + index + "-" + n;
    return new SimMessage(index, n, at, platform, author, reach, text, id);
  }

  private static <T> T pick(SplittableRandom random, List<T> from) {
    return from == null || from.isEmpty() ? null : from.get(random.nextInt(from.size()));
  }

  static String fill(String template, Map<String, List<String>> vars, SplittableRandom random) {
    if (template == null) {
      return "";
    }
    Matcher m = VARIABLE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<String> values = vars == null ? null : vars.get(m.group(1));
      String value = values == null || values.isEmpty() ? m.group() : pick(random, values);
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
