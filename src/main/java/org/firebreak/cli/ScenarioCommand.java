package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.firebreak.share.AtomicFile;
import org.firebreak.simulation.ArrivalCurve;
import org.firebreak.simulation.ScenarioException;
import org.firebreak.simulation.ScenarioWriter;
import org.firebreak.simulation.SessionScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `firebreak scenario`: tools for writing drills from real material. */
@Command(
    name = "scenario",
    mixinStandardHelpOptions = true,
    description = "Tools for writing drill scenarios from real material.",
    subcommands = {ScenarioCommand.FromSession.class, ScenarioCommand.Curve.class})
final class ScenarioCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "from-session",
      mixinStandardHelpOptions = true,
      description =
          "Turns an exported incident (a session file) into a scenario: its inbound messages"
              + " become injects at their offsets from the declaration, authors and handles"
              + " replaced by personas (the same person, the same persona), links removed.")
  static final class FromSession implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.firebreak")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "SCENARIO.json")
    Path out;

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", description = "en or id.")
    String lang;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N")
    long seed;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      String language = ReportLanguage.parse(lang);
      SessionScenario.Result r;
      try {
        r = SessionScenario.from(file, language, seed);
      } catch (ScenarioException e) {
        err.println("firebreak: " + e.getMessage());
        return 1;
      }
      byte[] json = ScenarioWriter.toJson(r.scenario()).getBytes(StandardCharsets.UTF_8);
      AtomicFile.write(out, o -> o.write(json));
      err.printf(
          "firebreak: %d messages as injects, %d personas, %d not replayed; written to %s%n",
          r.messages(), r.personas(), r.leftOut(), out);
      err.flush();
      return 0;
    }
  }

  @Command(
      name = "curve",
      mixinStandardHelpOptions = true,
      description =
          "Prints the per-minute volume curve of a CSV of arrival times (JSON, for a burst's"
              + " \"curve\"; or name the CSV in the burst's \"curveFrom\").")
  static final class Curve implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ARRIVALS.csv")
    Path file;

    @Option(names = "--column", paramLabel = "NAME", description = "The column of times.")
    String column;

    @Option(names = "--scale", defaultValue = "1", paramLabel = "X")
    double scale;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try {
        var curve = ArrivalCurve.read(file, column, scale);
        spec.commandLine().getOut().println(StatsCommand.mapper().writeValueAsString(curve));
        spec.commandLine().getOut().flush();
        return 0;
      } catch (ScenarioException e) {
        spec.commandLine().getErr().println("firebreak: " + e.getMessage());
        return 1;
      }
    }
  }
}
