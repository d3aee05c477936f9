package org.firebreak.reliability;

import java.util.List;

/**
 * Heap growth over a soak: the median of the five minutes after warm-up (the first tenth of the
 * run) against the median of the last five minutes. Medians, so that one reading taken while a
 * backup or export held its buffers does not decide the verdict either way.
 */
record HeapGrowth(double warmMb, double endMb) {

  private static final int SPAN = 5;

  static HeapGrowth of(List<Double> perMinuteMb) {
    int n = perMinuteMb.size();
    if (n == 0) {
      return new HeapGrowth(0, 0);
    }
    int warmFrom = Math.min(n - 1, Math.max(1, n / 10) - 1);
    return new HeapGrowth(
        median(perMinuteMb.subList(warmFrom, Math.min(n, warmFrom + SPAN))),
        median(perMinuteMb.subList(Math.max(0, n - SPAN), n)));
  }

  double percent() {
    return warmMb == 0 ? 0 : (endMb - warmMb) * 100 / warmMb;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
