package org.firebreak.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InjectExpanderProperties {

  @Property(tries = 200)
  void aBurstGivesTheCountedMessagesInOrderTheSameEveryTime(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 50) int atMinute,
      @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0, max = 40) Double> rates,
      @ForAll @IntRange(min = 1, max = 15) int spacing) {
    List<List<Double>> curve = new ArrayList<>();
    for (int i = 0; i < rates.size(); i++) {
      curve.add(List.of((double) i * spacing, rates.get(i)));
    }
    Scenario.Inject burst =
        new Scenario.Inject(
            atMinute,
            "burst",
            null,
            null,
            null,
            null,
            curve,
            List.of("{a} and {b}"),
            List.of(new Scenario.Persona("@p", 10L)),
            Map.of("a", List.of("x", "y"), "b", List.of("z")),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Scenario s =
        new Scenario(
            1, "t", "en", "b", "internal", "x", 15, 120, seed, List.of(burst), List.of(), null);
    ScenarioReader.validate(s);
    InjectExpander expander = new InjectExpander(s);
    List<SimMessage> messages = expander.expand(0, burst, atMinute);
    assertThat(messages).hasSize((int) expander.count(burst));
    assertThat(new InjectExpander(s).expand(0, burst, atMinute)).isEqualTo(messages);
    for (int n = 0; n < messages.size(); n++) {
      SimMessage m = messages.get(n);
      assertThat(m.externalId()).isEqualTo("sim-" + seed + "-0-" + n);
      assertThat(m.atMillis()).isGreaterThanOrEqualTo(atMinute * 60_000L);
      assertThat(m.text()).matches("[xy] and z");
      if (n > 0) {
        assertThat(m.atMillis()).isGreaterThanOrEqualTo(messages.get(n - 1).atMillis());
      }
    }
  }
}
