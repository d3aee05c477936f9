package org.firebreak.monitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the minutes when the message rate jumps well above its recent baseline: above the mean of
 * the previous quarter hour by three standard deviations, at least double it, and at least a floor
 * so that three messages after a quiet spell are not a crisis.
 */
public final class SpikeDetector {

  public static final int BASELINE_MINUTES = 15;
  private final int floorPerMinute;

  public SpikeDetector(int floorPerMinute) {
    this.floorPerMinute = floorPerMinute;
  }

  /** A minute whose rate broke out of its baseline. */
  public record Spike(int minute, long rate, double baseline) {}

  /**
   * Spikes in a per-minute series (index 0 is the oldest minute); one per run of spiking minutes.
   */
  public List<Spike> detect(long[] perMinute) {
    List<Spike> spikes = new ArrayList<>();
    boolean inSpike = false;
    for (int m = BASELINE_MINUTES; m < perMinute.length; m++) {
      double mean = 0;
      for (int i = m - BASELINE_MINUTES; i < m; i++) {
        mean += perMinute[i];
      }
      mean /= BASELINE_MINUTES;
      double variance = 0;
      for (int i = m - BASELINE_MINUTES; i < m; i++) {
        variance += (perMinute[i] - mean) * (perMinute[i] - mean);
      }
      double std = Math.sqrt(variance / BASELINE_MINUTES);
      long rate = perMinute[m];
      boolean spiking = rate >= floorPerMinute && rate > mean + 3 * std && rate >= 2 * mean;
      if (spiking && !inSpike) {
        spikes.add(new Spike(m, rate, mean));
      }
      inSpike = spiking;
    }
    return spikes;
  }
}
