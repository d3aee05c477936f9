package org.firebreak.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpikeDetectorTest {

  private final SpikeDetector detector = new SpikeDetector(10);

  @Test
  void aJumpWellAboveTheBaselineIsOneSpike() {
    long[] rate = new long[40];
    for (int m = 0; m < 40; m++) {
      rate[m] = 4 + (m % 3);
    }
    rate[30] = 40;
    rate[31] = 55;
    rate[32] = 50;
    List<SpikeDetector.Spike> spikes = detector.detect(rate);
    assertThat(spikes)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.minute()).isEqualTo(30);
              assertThat(s.rate()).isEqualTo(40);
              assertThat(s.baseline()).isBetween(4.0, 6.0);
            });
  }

  @Test
  void steadyTrafficAndSmallBlipsAreNotSpikes() {
    long[] steady = new long[60];
    java.util.Arrays.fill(steady, 30);
    assertThat(detector.detect(steady)).isEmpty();
    long[] quiet = new long[30];
    quiet[20] = 6;
    assertThat(detector.detect(quiet)).as("under the floor").isEmpty();
  }

  @Test
  void topTermsPutHashtagsFirstAndSkipCommonWords() {
    Map<String, Integer> terms =
        TopTerms.of(
            List.of(
                "Boycott #KettleRecall now, the kettle burned me",
                "#KettleRecall the kettle is on fire http://x.co/a",
                "Ketel ini terbakar, yang benar saja #KettleRecall"),
            4);
    assertThat(terms.keySet()).first().isEqualTo("#kettlerecall");
    assertThat(terms)
        .containsEntry("#kettlerecall", 3)
        .containsEntry("kettle", 2)
        .doesNotContainKeys("the", "yang", "http");
  }
}
