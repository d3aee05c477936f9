package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.share.DebriefReport;
import org.firebreak.simulation.BuiltInScenarios;
import org.firebreak.simulation.DrillScore;
import org.firebreak.simulation.DrillSummary;
import org.firebreak.simulation.LiveDatabaseException;
import org.firebreak.simulation.Scenario;
import org.firebreak.simulation.ScenarioException;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.simulation.SimulatedClock;
import org.firebreak.store.DatabaseLocation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `firebreak simulate`: plays a drill into a training database without a window. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description =
        "Plays a drill scenario into a training database (never the live one) on a simulated"
            + " clock, and prints what it generated and the score.")
final class SimulateCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      paramLabel = "SCENARIO",
      description =
          "A built-in id (see 'firebreak scenarios'), a scenario JSON file or a CSV master"
              + " events list.")
  String scenario;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "PATH",
      description = "The training database to write (a new file; never the live database).")
  String db;

  @ArgGroup(exclusive = true)
  Pace pace = new Pace();

  static final class Pace {
    @Option(
        names = "--speed",
        paramLabel = "N",
        description = "Simulated minutes per real minute, 1 to 60 (default 60).")
    Integer speed;

    @Option(names = "--instant", description = "Advance straight to the end.")
    boolean instant;
  }

  @Option(
      names = "--debrief",
      paramLabel = "FILE",
      description = "Also write the drill's debrief (HTML) to FILE.")
  Path debrief;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of the debrief: en or id (default: en).")
  String lang;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String language = ReportLanguage.parse(lang);
    Scenario s;
    try {
      s = load(scenario);
    } catch (ScenarioException e) {
      err.println("Scenario " + scenario + " refused: " + e.getMessage());
      return 1;
    }
    if (s == null) {
      err.println(
          "No scenario '"
              + scenario
              + "': give a built-in id (firebreak scenarios) or a JSON file.");
      return 1;
    }
    int speed = pace.speed == null ? SimulatedClock.MAX_SPEED : pace.speed;
    if (speed < SimulatedClock.MIN_SPEED || speed > SimulatedClock.MAX_SPEED) {
      err.println("--speed must be 1 to 60, not " + speed);
      return 2;
    }
    Path base = DatabaseLocation.resolveForThisUser(db);
    Path live = DatabaseLocation.resolveForThisUser(null);
    try {
      ScenarioPlayer.refuseLive(base, live);
    } catch (LiveDatabaseException e) {
      err.println("firebreak: " + e.getMessage());
      return 1;
    }
    long began = System.nanoTime();
    SimulatedClock clock =
        new SimulatedClock(Clock.systemUTC().instant().truncatedTo(ChronoUnit.SECONDS), speed);
    DrillSummary summary;
    DrillScore score;
    try (Services services = Services.open(base, clock)) {
      ScenarioPlayer player = ScenarioPlayer.start(s, services, clock, live);
      if (!pace.instant) {
        player.run(() -> false, 200);
      }
      summary = player.finish();
      score = player.score();
      if (debrief != null) {
        DebriefReport.write(player.debrief(), language, Clock.systemUTC().instant(), debrief);
        err.println("firebreak: debrief written to " + debrief);
      }
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    print(out, s, base, summary, score, seconds);
    out.flush();
    return 0;
  }

  private void print(
      PrintWriter out,
      Scenario s,
      Path base,
      DrillSummary summary,
      DrillScore stored,
      double seconds)
      throws Exception {
    DrillScore score = new org.firebreak.share.Words("en").inWords(stored);
    boolean acted =
        score.parts().stream().anyMatch(p -> !p.id().equals("escalations") && p.points() > 0);
    if (json) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("scenario", s.title());
      o.put("language", s.language());
      o.put("database", DatabaseLocation.dataFile(base).toString());
      o.put("simulation", true);
      o.put("seed", summary.seed());
      o.put("messagesGenerated", summary.messagesGenerated());
      o.put("injectsFired", summary.injectsFired());
      o.put("simulatedMinutes", summary.simulatedMinutes());
      o.put("seconds", Math.round(seconds * 1000) / 1000.0);
      o.put("score", acted ? score : null);
      out.println(StatsCommand.mapper().writeValueAsString(o));
      return;
    }
    out.println(
        "SIMULATION: " + s.title() + " (" + s.language() + ", seed " + summary.seed() + ")");
    out.println("Training database: " + DatabaseLocation.dataFile(base));
    out.printf(
        "Messages generated: %d, injects fired: %d, simulated minutes: %.0f, in %.2f s%n",
        summary.messagesGenerated(), summary.injectsFired(), summary.simulatedMinutes(), seconds);
    if (acted) {
      out.println("Score: " + score.total() + " / 100");
      for (DrillScore.Part p : score.parts()) {
        out.printf("  %-15s %5.1f / %-3d %s%n", p.id(), p.points(), p.weight(), p.detail());
      }
    } else {
      out.println("Score: none yet (nobody acted in this drill; open the database in the console)");
    }
  }

  static Scenario load(String arg) {
    var builtIn = BuiltInScenarios.find(arg);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    Path file = Path.of(arg);
    return Files.isRegularFile(file)
        ? org.firebreak.simulation.InstalledScenarios.read(file, "en")
        : null;
  }
}
