package org.firebreak.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightTest {

  private final InFlight gate = new InFlight();
  private final List<String> calls = new ArrayList<>();

  @Test
  void aPollWhileTheLastIsOutIsDroppedAndTheNextAfterItRuns() {
    assertThat(gate.start(null)).isTrue();
    assertThat(gate.start(null)).as("ten ticks behind a slow read start nothing").isFalse();
    for (int i = 0; i < 9; i++) {
      gate.start(null);
    }
    gate.done();
    assertThat(gate.start(null)).isTrue();
  }

  @Test
  void refreshesWhileOneIsOutAreMadeOnceWhenItEnds() {
    assertThat(gate.start(() -> calls.add("again"))).isTrue();
    for (int i = 0; i < 5; i++) {
      assertThat(gate.start(() -> calls.add("again"))).isFalse();
    }
    assertThat(calls).isEmpty();
    gate.done();
    assertThat(calls).containsExactly("again");
    gate.done();
    assertThat(calls).as("made once, not once per call").containsExactly("again");
  }

  @Test
  void theCallMadeAtTheEndMayStartTheNextRunAtOnce() {
    Runnable refresh =
        new Runnable() {
          @Override
          public void run() {
            if (gate.start(this)) {
              calls.add("started");
            }
          }
        };
    refresh.run();
    refresh.run(); // remembered
    gate.done(); // makes the remembered call, which starts a run
    assertThat(calls).containsExactly("started", "started");
    assertThat(gate.start(null)).as("that run is out").isFalse();
  }

  @Test
  void aHandlerMadeByThenEndsTheRunBeforeItHandsTheResultOn() {
    gate.start(null);
    gate.<String>then(r -> calls.add(r + ", may start: " + gate.start(null))).accept("result");
    assertThat(calls).containsExactly("result, may start: true");
  }
}
