package org.firebreak.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeapGrowthTest {

  @Test
  void oneReadingTakenMidBackupDoesNotCountAsGrowth() {
    List<Double> minutes = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      minutes.add(40.0 + (i % 3));
    }
    minutes.set(57, 588.0);
    HeapGrowth growth = HeapGrowth.of(minutes);
    assertThat(growth.percent()).isLessThan(10);
  }

  @Test
  void aHeapThatKeepsClimbingIsGrowth() {
    List<Double> minutes = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      minutes.add(40.0 + i);
    }
    HeapGrowth growth = HeapGrowth.of(minutes);
    // warm-up is minutes 6-10 (median 47), the end minutes 56-60 (median 97)
    assertThat(growth.warmMb()).isCloseTo(47, within(0.01));
    assertThat(growth.endMb()).isCloseTo(97, within(0.01));
    assertThat(growth.percent()).isGreaterThan(100);
  }

  @Test
  void aShortRunStillHasAVerdict() {
    HeapGrowth growth = HeapGrowth.of(List.of(50.0, 55.0));
    assertThat(growth.warmMb()).isCloseTo(52.5, within(0.01));
    assertThat(growth.percent()).isCloseTo(0, within(0.01));
  }
}
