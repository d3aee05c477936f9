package org.firebreak.simulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.firebreak.incident.Platform;

/**
 * Reads a scenario file and refuses it, naming the field, when it could not run as written: a newer
 * schema, a negative offset, an unknown platform, a template variable with no values, more than
 * {@value #MAX_MESSAGES} messages in all, or a drill longer than 24 hours.
 */
public final class ScenarioReader {

  public static final long MAX_MESSAGES = 200_000;
  public static final int MAX_MINUTES = 24 * 60;
  static final Set<String> KINDS = Set.of("message", "burst", "event", "conditional", "noise");
  static final Set<String> EVENTS =
      Set.of("journalist", "influencer", "competitor", "executive", "news");

  private static final ObjectMapper JSON =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ScenarioReader() {}

  /** Reads a scenario file; a burst's {@code curveFrom} is read relative to the file's folder. */
  public static Scenario read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      Path folder = file.toAbsolutePath().getParent();
      Scenario s = withCurvesFrom(withSheet(parse(in), folder), folder);
      validate(s);
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public static Scenario read(InputStream in) throws IOException {
    Scenario s = parse(in);
    validate(s);
    return s;
  }

  /** Replaces every burst's {@code curveFrom} by the curve its CSV gives. */
  static Scenario withCurvesFrom(Scenario s, Path folder) {
    if (s == null || s.injects().stream().noneMatch(i -> i != null && i.curveFrom() != null)) {
      return s;
    }
    return withCurves(s, folder);
  }

  /**
   * Adds the injects of the master events list named by {@code injectsFrom} (a CSV beside the
   * scenario file), then orders all injects by minute (a sheet's rows keep their order).
   */
  static Scenario withSheet(Scenario s, Path folder) {
    if (s == null || s.injectsFrom() == null) {
      return s;
    }
    if (s.durationMinutes() == null) {
      throw new ScenarioException("durationMinutes", "missing");
    }
    List<Scenario.Inject> all = new java.util.ArrayList<>(s.injects());
    try {
      all.addAll(InjectSheet.read(folder.resolve(s.injectsFrom()), s.durationMinutes()));
    } catch (ScenarioException e) {
      throw new ScenarioException("injectsFrom", e.getMessage());
    }
    all.sort(
        java.util.Comparator.comparing(
            (Scenario.Inject i) -> i == null || i.atMinute() == null ? 0 : i.atMinute()));
    return s.withInjects(all);
  }

  private static Scenario withCurves(Scenario s, Path folder) {
    List<Scenario.Inject> injects = new java.util.ArrayList<>();
    for (int i = 0; i < s.injects().size(); i++) {
      Scenario.Inject inject = s.injects().get(i);
      if (inject != null && inject.curveFrom() != null) {
        String at = "injects[" + i + "]";
        if (inject.curve() != null) {
          throw new ScenarioException(at + ".curveFrom", "give curve or curveFrom, not both");
        }
        Scenario.CurveSource src = inject.curveFrom();
        required(src.file(), at + ".curveFrom.file");
        try {
          inject =
              inject.withCurve(
                  ArrivalCurve.read(
                      folder.resolve(src.file()),
                      src.column(),
                      src.scale() == null ? 1 : src.scale()));
        } catch (ScenarioException e) {
          throw new ScenarioException(at + ".curveFrom", e.getMessage());
        }
      }
      injects.add(inject);
    }
    return s.withInjects(injects);
  }

  private static Scenario parse(InputStream in) throws IOException {
    Scenario s;
    try {
      s = JSON.readValue(in, Scenario.class);
    } catch (MismatchedInputException e) {
      throw new ScenarioException(path(e), "wrong type of value");
    } catch (java.io.CharConversionException e) {
      // found by fuzzing: bytes Jackson takes for UTF-32 that are not; refuse as text, not I/O
      throw new ScenarioException("(file)", "not UTF-8 text; save the scenario as UTF-8 JSON");
    } catch (JsonProcessingException e) {
      // found by fuzzing: some errors (bad encoding) carry no location
      throw new ScenarioException(
          "(file)",
          e.getLocation() == null
              ? "not valid JSON: " + e.getOriginalMessage()
              : "not valid JSON at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr());
    }
    if (s == null) {
      throw new ScenarioException("(file)", "is empty");
    }
    return s;
  }

  public static Scenario read(String json) {
    try {
      return read(
          new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String path(MismatchedInputException e) {
    StringBuilder out = new StringBuilder();
    for (var ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        out.append(out.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "(file)" : out.toString();
  }

  /** Checks every field; throws at the first problem, naming it. */
  public static void validate(Scenario s) {
    if (s.schemaVersion() == null) {
      throw new ScenarioException("schemaVersion", "missing (this Firebreak reads version 1)");
    }
    if (s.schemaVersion() != Scenario.SCHEMA_VERSION) {
      throw new ScenarioException(
          "schemaVersion",
          "version "
              + s.schemaVersion()
              + " is not supported (this Firebreak reads version 1; a newer file needs a newer"
              + " Firebreak)");
    }
    required(s.title(), "title");
    if (s.injectsFrom() != null) {
      throw new ScenarioException(
          "injectsFrom", "a master events list (CSV) needs the scenario read from a file");
    }
    if (!"en".equals(s.language()) && !"id".equals(s.language())) {
      throw new ScenarioException("language", "must be \"en\" or \"id\"");
    }
    if (!"internal".equalsIgnoreCase(String.valueOf(s.cause()))
        && !"external".equalsIgnoreCase(String.valueOf(s.cause()))) {
      throw new ScenarioException("cause", "must be \"internal\" or \"external\"");
    }
    platform(s.originPlatform(), "originPlatform");
    range(s.firstResponseMinutes(), 1, MAX_MINUTES, "firstResponseMinutes");
    if (s.durationMinutes() != null && s.durationMinutes() > MAX_MINUTES) {
      throw new ScenarioException("durationMinutes", "must be at most 1440 (24 h)");
    }
    range(s.durationMinutes(), 1, MAX_MINUTES, "durationMinutes");
    InjectExpander expander = new InjectExpander(s);
    long total = 0;
    for (int i = 0; i < s.injects().size(); i++) {
      Scenario.Inject inject = s.injects().get(i);
      String at = "injects[" + i + "]";
      if (inject == null) {
        throw new ScenarioException(at, "is empty");
      }
      inject(s, inject, at, false);
      total += expander.count(inject);
      if (total > MAX_MESSAGES) {
        throw new ScenarioException(
            "injects",
            "ask for more than " + MAX_MESSAGES + " messages in all (reached at " + at + ")");
      }
    }
    for (int i = 0; i < s.trainerGuide().size(); i++) {
      Scenario.GuideEntry g = s.trainerGuide().get(i);
      range(g.minute(), 0, s.durationMinutes(), "trainerGuide[" + i + "].minute");
      required(g.expectation(), "trainerGuide[" + i + "].expectation");
    }
  }

  private static void inject(Scenario s, Scenario.Inject inject, String at, boolean nested) {
    if (inject.atMinute() == null) {
      if (!nested) {
        throw new ScenarioException(at + ".atMinute", "missing");
      }
    } else {
      if (inject.atMinute() < 0) {
        throw new ScenarioException(at + ".atMinute", "must be >= 0");
      }
      if (inject.atMinute() > s.durationMinutes()) {
        throw new ScenarioException(
            at + ".atMinute", "must be within the drill (<= " + s.durationMinutes() + ")");
      }
    }
    if (inject.kind() == null || !KINDS.contains(inject.kind())) {
      throw new ScenarioException(
          at + ".kind", "must be one of message, burst, event, conditional, noise");
    }
    if (inject.platform() != null) {
      platform(inject.platform(), at + ".platform");
    }
    switch (inject.kind()) {
      case "message" -> {
        required(inject.author(), at + ".author");
        required(inject.text(), at + ".text");
        nonNegative(inject.reach(), at + ".reach");
      }
      case "event" -> {
        if (inject.event() == null || !EVENTS.contains(inject.event())) {
          throw new ScenarioException(
              at + ".event", "must be one of journalist, influencer, competitor, executive, news");
        }
        required(inject.author(), at + ".author");
        required(inject.text(), at + ".text");
        nonNegative(inject.reach(), at + ".reach");
      }
      case "burst" -> {
        if (inject.curve() == null && inject.curveFrom() != null) {
          throw new ScenarioException(
              at + ".curveFrom", "a curve from a CSV file needs the scenario read from a file");
        }
        curve(inject.curve(), at + ".curve");
        templates(inject, at);
      }
      case "noise" -> {
        if (inject.ratePerMinute() == null || inject.ratePerMinute() < 0) {
          throw new ScenarioException(at + ".ratePerMinute", "must be a number >= 0");
        }
        if (inject.untilMinute() != null
            && (inject.untilMinute() < inject.atMinute()
                || inject.untilMinute() > s.durationMinutes())) {
          throw new ScenarioException(
              at + ".untilMinute", "must be between atMinute and durationMinutes");
        }
        templates(inject, at);
      }
      case "conditional" -> {
        if (nested) {
          throw new ScenarioException(at + ".kind", "a conditional cannot contain another");
        }
        Scenario.Condition c = inject.when();
        if (c == null
            || (c.noStatementBy() == null) == !Boolean.TRUE.equals(c.defensiveStatement())) {
          throw new ScenarioException(
              at + ".if",
              "needs exactly one of noStatementBy (a minute) or defensiveStatement: true");
        }
        if (c.noStatementBy() != null) {
          range(c.noStatementBy(), 0, s.durationMinutes(), at + ".if.noStatementBy");
        }
        if (inject.then() == null) {
          throw new ScenarioException(at + ".then", "missing (the inject to fire)");
        }
        inject(s, inject.then(), at + ".then", true);
      }
      default -> throw new IllegalStateException(inject.kind());
    }
    if (inject.personas() != null) {
      for (int p = 0; p < inject.personas().size(); p++) {
        Scenario.Persona persona = inject.personas().get(p);
        required(persona == null ? null : persona.author(), at + ".personas[" + p + "].author");
        nonNegative(persona.reach(), at + ".personas[" + p + "].reach");
      }
    }
  }

  private static void templates(Scenario.Inject inject, String at) {
    List<String> templates = inject.templates();
    if (templates == null || templates.isEmpty()) {
      throw new ScenarioException(at + ".templates", "at least one template is needed");
    }
    for (int t = 0; t < templates.size(); t++) {
      String field = at + ".templates[" + t + "]";
      required(templates.get(t), field);
      Matcher m = InjectExpander.VARIABLE.matcher(templates.get(t));
      while (m.find()) {
        var values = inject.variables() == null ? null : inject.variables().get(m.group(1));
        if (values == null || values.isEmpty()) {
          throw new ScenarioException(
              field, "uses {" + m.group(1) + "}, which is not defined in variables");
        }
      }
    }
  }

  private static void curve(List<List<Double>> curve, String at) {
    if (curve == null || curve.isEmpty()) {
      throw new ScenarioException(at, "needs points [[minute, perMinute], ...]");
    }
    double last = -1;
    for (int p = 0; p < curve.size(); p++) {
      List<Double> point = curve.get(p);
      String field = at + "[" + p + "]";
      if (point == null || point.size() != 2 || point.get(0) == null || point.get(1) == null) {
        throw new ScenarioException(field, "must be [minute, perMinute]");
      }
      if (point.get(0) < 0 || point.get(1) < 0) {
        throw new ScenarioException(field, "must be >= 0");
      }
      if (point.get(0) < last) {
        throw new ScenarioException(field, "minutes must not go back in time");
      }
      if (point.get(0) > MAX_MINUTES) {
        throw new ScenarioException(field, "must be within 24 h (1440 minutes)");
      }
      last = point.get(0);
    }
  }

  private static void platform(String name, String field) {
    required(name, field);
    Platform p = Platform.parse(name);
    if (p == Platform.OTHER && !"other".equalsIgnoreCase(name.strip())) {
      throw new ScenarioException(field, "unknown platform \"" + name + "\"");
    }
  }

  private static void required(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new ScenarioException(field, "missing");
    }
  }

  private static void nonNegative(Long value, String field) {
    if (value != null && value < 0) {
      throw new ScenarioException(field, "must be >= 0");
    }
  }

  private static void range(Integer value, int min, int max, String field) {
    if (value == null) {
      throw new ScenarioException(field, "missing");
    }
    if (value < min) {
      throw new ScenarioException(field, "must be >= " + min);
    }
    if (value > max) {
      throw new ScenarioException(field, "must be <= " + max);
    }
  }
}
