package org.firebreak.simulation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firebreak.app.Services;
import org.firebreak.store.DrillRunStore;

/**
 * Drill runs side by side: one column per run (a team or an attempt), one row per score part, the
 * scores as kept in each training database's drill tables.
 */
public record RunComparison(List<String> titles, Map<String, Integer> weights, List<Run> runs) {

  public RunComparison {
    titles = List.copyOf(titles);
    weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    runs = List.copyOf(runs);
  }

  /** One run: where it is kept, its team, when it started and its score parts (part → points). */
  public record Run(
      String label,
      String title,
      String team,
      Instant startedAt,
      Integer total,
      Map<String, Double> points) {}

  /**
   * The latest run in {@code services}' training database, with its kept score; a run not scored
   * yet is scored now (and that score kept).
   *
   * @throws IllegalArgumentException when the database holds no drill
   */
  public static Run runOf(Services services, String label) {
    DrillRunStore store = new DrillRunStore(services.database());
    DrillRunStore.Run run =
        store
            .latest()
            .orElseThrow(() -> new IllegalArgumentException(label + " holds no drill to compare"));
    if (run.scoreTotal() == null && run.scenarioJson() != null) {
      DebriefBuilder.build(services);
      run = store.latest().orElseThrow();
    }
    Map<String, Double> points = new LinkedHashMap<>();
    for (DrillRunStore.ScorePart p : store.scoreParts(run.id())) {
      points.put(p.id(), p.points());
    }
    return new Run(label, run.title(), run.team(), run.startedAt(), run.scoreTotal(), points);
  }

  /** Puts runs side by side, oldest first; part weights are read from the kept scores. */
  public static RunComparison of(List<Run> runs, Map<String, Integer> weights) {
    List<Run> sorted = new ArrayList<>(runs);
    sorted.sort(java.util.Comparator.comparing(Run::startedAt));
    List<String> titles = sorted.stream().map(Run::title).distinct().toList();
    return new RunComparison(titles, weights, sorted);
  }

  /** The weights of the parts kept in {@code services}' database (in scoring order). */
  public static Map<String, Integer> weights(Services services) {
    DrillRunStore store = new DrillRunStore(services.database());
    Map<String, Integer> out = new LinkedHashMap<>();
    store
        .latest()
        .ifPresent(r -> store.scoreParts(r.id()).forEach(p -> out.put(p.id(), p.weight())));
    return out;
  }

  /** The best total among the runs (null when none is scored). */
  public Integer bestTotal() {
    return runs.stream()
        .map(Run::total)
        .filter(java.util.Objects::nonNull)
        .max(Integer::compare)
        .orElse(null);
  }
}
