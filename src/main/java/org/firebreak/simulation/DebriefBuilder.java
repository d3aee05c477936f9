package org.firebreak.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.firebreak.app.Services;
import org.firebreak.incident.Incident;
import org.firebreak.store.DrillRunStore;
import org.firebreak.store.SimulationStore;

/**
 * Builds a {@link Debrief} from a training database alone: the run and its scenario as stored, the
 * injects that fired, the audit log and the trainer's notes. Scores the run and keeps that score
 * with the run (for comparing runs).
 */
public final class DebriefBuilder {

  /** A part below this share of its weight is something to practise. */
  static final double PRACTISE_BELOW = 0.6;

  private DebriefBuilder() {}

  /**
   * The debrief of the latest drill in {@code services}' database.
   *
   * @throws IllegalArgumentException when the database holds no drill
   */
  public static Debrief build(Services services) {
    DrillRunStore runs = new DrillRunStore(services.database());
    DrillRunStore.Run run =
        runs.latest()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        services.database().base()
                            + " holds no drill: it is not a training"
                            + " database"));
    if (run.scenarioJson() == null) {
      throw new IllegalArgumentException(
          "The drill in "
              + services.database().base()
              + " was run by an older Firebreak"
              + " that did not keep its scenario; no debrief can be written for it");
    }
    Scenario scenario = ScenarioReader.read(run.scenarioJson());
    Incident incident =
        services
            .incidents()
            .current()
            .orElseThrow(() -> new IllegalArgumentException("The drill's incident is missing"));
    Instant end = run.startedAt().plus(Duration.ofMinutes(scenario.durationMinutes()));
    Instant now = services.clock().instant();
    Instant at = run.finishedAt() != null ? run.finishedAt() : now.isBefore(end) ? now : end;
    SimulationStore store = new SimulationStore(services.database());
    DrillScore score =
        DrillScorer.score(
            scenario, incident, store, services, at, DrillScorer.escalationInjects(scenario));
    save(runs, run.id(), at, score);
    return build(scenario, run, runs, store, score);
  }

  static void save(DrillRunStore runs, long runId, Instant at, DrillScore score) {
    runs.saveScore(
        runId,
        at,
        score.total(),
        score.parts().stream()
            .map(p -> new DrillRunStore.ScorePart(p.id(), p.weight(), p.points(), p.detail()))
            .toList());
  }

  private static Debrief build(
      Scenario scenario,
      DrillRunStore.Run run,
      DrillRunStore runs,
      SimulationStore store,
      DrillScore score) {
    Instant start = run.startedAt();
    List<Debrief.Row> rows = new ArrayList<>();
    for (DrillRunStore.FiredInject f : runs.firedInjects(run.id())) {
      if (f.index() < 0 || f.index() >= scenario.injects().size()) {
        continue;
      }
      Scenario.Inject inject = scenario.injects().get(f.index());
      rows.add(
          new Debrief.Row(
              seconds(start, f.firedAt()),
              Debrief.Side.INJECT,
              kind(inject),
              describe(inject),
              author(inject),
              f.messages()));
    }
    for (DrillRunStore.TeamAction a : runs.teamActions()) {
      rows.add(
          new Debrief.Row(
              seconds(start, a.at()),
              Debrief.Side.TEAM,
              a.action(),
              a.detail(),
              a.actor(),
              a.count()));
    }
    rows.sort(Comparator.comparingLong(Debrief.Row::offsetSeconds));
    List<Debrief.Note> notes =
        store.notes(run.id()).stream()
            .map(n -> new Debrief.Note(seconds(start, n.at()), n.text()))
            .toList();
    return new Debrief(
        scenario.title(),
        scenario.language(),
        Optional.ofNullable(run.team()).orElse(""),
        run.seed(),
        start,
        scenario.firstResponseMinutes(),
        scenario.originPlatform(),
        rows,
        notes,
        score,
        practise(score),
        scenario.trainerGuide());
  }

  /** At most this many things to practise: the next drill cannot fix everything. */
  static final int PRACTISE_AT_MOST = 3;

  /**
   * Parts earning under {@value #PRACTISE_BELOW} of their weight, the most points lost first, at
   * most {@value #PRACTISE_AT_MOST}.
   */
  static List<String> practise(DrillScore score) {
    return score.parts().stream()
        .filter(p -> p.points() < PRACTISE_BELOW * p.weight())
        .sorted(Comparator.comparingDouble((DrillScore.Part p) -> p.points() - p.weight()))
        .map(DrillScore.Part::id)
        .limit(PRACTISE_AT_MOST)
        .toList();
  }

  private static long seconds(Instant start, Instant at) {
    return Math.max(0, Duration.between(start, at).toSeconds());
  }

  static String kind(Scenario.Inject inject) {
    Scenario.Inject shown = "conditional".equals(inject.kind()) ? inject.then() : inject;
    String kind = "event".equals(shown.kind()) ? "event:" + shown.event() : shown.kind();
    return "conditional".equals(inject.kind()) ? "conditional:" + kind : kind;
  }

  private static String author(Scenario.Inject inject) {
    Scenario.Inject shown = "conditional".equals(inject.kind()) ? inject.then() : inject;
    return shown.author() == null ? "" : shown.author();
  }

  private static String describe(Scenario.Inject inject) {
    Scenario.Inject shown = "conditional".equals(inject.kind()) ? inject.then() : inject;
    if (shown.text() != null) {
      return shown.text();
    }
    return shown.templates() == null || shown.templates().isEmpty() ? "" : shown.templates().get(0);
  }
}
