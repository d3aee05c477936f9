package org.firebreak.simulation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/** Writes a scenario as the JSON {@link ScenarioReader} reads (unset fields left out). */
public final class ScenarioWriter {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private ScenarioWriter() {}

  public static String toJson(Scenario scenario) {
    try {
      return JSON.writeValueAsString(scenario);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write the scenario " + scenario.title(), e);
    }
  }
}
