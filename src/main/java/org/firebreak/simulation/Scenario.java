package org.firebreak.simulation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A crisis drill as the trainer wrote it (schema version 1; see scenario-format.md). Read by {@link
 * ScenarioReader}, which checks every field before a player may use it.
 */
public record Scenario(
    Integer schemaVersion,
    String title,
    String language,
    String brief,
    String cause,
    String originPlatform,
    Integer firstResponseMinutes,
    Integer durationMinutes,
    Long seed,
    List<Inject> injects,
    List<GuideEntry> trainerGuide,
    String injectsFrom) {

  public static final int SCHEMA_VERSION = 1;

  public Scenario {
    injects = injects == null ? List.of() : List.copyOf(injects);
    trainerGuide = trainerGuide == null ? List.of() : List.copyOf(trainerGuide);
  }

  /** This scenario with other injects, none left to read from a sheet. */
  public Scenario withInjects(List<Inject> newInjects) {
    return new Scenario(
        schemaVersion,
        title,
        language,
        brief,
        cause,
        originPlatform,
        firstResponseMinutes,
        durationMinutes,
        seed,
        newInjects,
        trainerGuide,
        null);
  }

  public long seedOrZero() {
    return seed == null ? 0 : seed;
  }

  /** One line of the trainer's guide: what good looks like by this minute. */
  public record GuideEntry(Integer minute, String expectation) {}

  /** Someone who posts in a burst: a name and how many people see their posts. */
  public record Persona(String author, Long reach) {}

  /**
   * A burst's curve read from a CSV of real arrival times ({@link ArrivalCurve}), the file relative
   * to the scenario file; {@code scale} messages per real arrival (default 1).
   */
  public record CurveSource(String file, String column, Double scale) {}

  /** When a conditional inject fires. */
  public record Condition(Integer noStatementBy, Boolean defensiveStatement) {}

  /**
   * One thing that happens in the drill. Which fields matter depends on {@code kind}: message,
   * burst, event, conditional or noise.
   */
  public record Inject(
      Integer atMinute,
      String kind,
      String platform,
      String author,
      String text,
      Long reach,
      List<List<Double>> curve,
      List<String> templates,
      List<Persona> personas,
      Map<String, List<String>> variables,
      String event,
      Double ratePerMinute,
      Integer untilMinute,
      Boolean escalation,
      @JsonProperty("if") Condition when,
      Inject then,
      CurveSource curveFrom) {

    /** This inject with {@code newCurve} in place of its curve source. */
    public Inject withCurve(List<List<Double>> newCurve) {
      return new Inject(
          atMinute,
          kind,
          platform,
          author,
          text,
          reach,
          newCurve,
          templates,
          personas,
          variables,
          event,
          ratePerMinute,
          untilMinute,
          escalation,
          when,
          then,
          null);
    }

    public boolean isEscalation() {
      return Boolean.TRUE.equals(escalation)
          || ("event".equals(kind) && ("journalist".equals(event) || "news".equals(event)));
    }
  }
}
