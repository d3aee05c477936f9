package org.firebreak.bench;

import java.util.Arrays;
import java.util.Locale;

/** Prints one JSON line per figure, beside the limit it is measured against. */
final class Figures {
  private Figures() {}

  /** A rate against its limit: higher is better, target is the minimum ratio. */
  static void rate(
      String name, double value, String unit, double limit, String limitName, double targetRatio) {
    double ratio = value / limit;
    System.out.printf(
        Locale.ROOT,
        "{\"figure\":\"%s\",\"value\":%.1f,\"unit\":\"%s\",\"limit\":%.1f,\"limit_is\":\"%s\",\"ratio\":%.3f,\"target_ratio\":\">= %.2f\",\"met\":%b}%n",
        name,
        value,
        unit,
        limit,
        limitName,
        ratio,
        targetRatio,
        ratio >= targetRatio);
  }

  /** A rate beside a reference, with no target: printed for comparison only. */
  static void compare(
      String name, double value, String unit, double reference, String referenceName) {
    System.out.printf(
        Locale.ROOT,
        "{\"figure\":\"%s\",\"value\":%.1f,\"unit\":\"%s\",\"limit\":%.1f,\"limit_is\":\"%s\",\"ratio\":%.3f,\"target_ratio\":\"none set\"}%n",
        name,
        value,
        unit,
        reference,
        referenceName,
        value / reference);
  }

  /** A cost against its ceiling: lower is better. */
  static void ceiling(String name, double value, String unit, double ceiling) {
    System.out.printf(
        Locale.ROOT,
        "{\"figure\":\"%s\",\"value\":%.1f,\"unit\":\"%s\",\"limit\":%.1f,\"limit_is\":\"ceiling\",\"ratio\":%.3f,\"target_ratio\":\"<= 1.00\",\"met\":%b}%n",
        name,
        value,
        unit,
        ceiling,
        value / ceiling,
        value <= ceiling);
  }

  static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1_000_000.0;
  }
}
