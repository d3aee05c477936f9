package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.share.ComparisonReport;
import org.firebreak.share.DebriefReport;
import org.firebreak.simulation.DebriefBuilder;
import org.firebreak.simulation.RunComparer;
import org.firebreak.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `firebreak debrief`: a drill's debrief, or several runs compared, as HTML. */
@Command(
    name = "debrief",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the debrief of the drill in a training database (HTML, marked SIMULATION): the"
          + " injects beside the team's actions, the trainer's notes, the score and what to"
          + " practise next.",
      "With --compare, puts the runs of several training databases side by side instead."
    })
final class DebriefCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      required = true,
      paramLabel = "TRAINING_DB",
      description = "The training database of the drill.")
  String db;

  @Option(
      names = "--compare",
      paramLabel = "TRAINING_DB",
      arity = "1..*",
      description = "Other runs' training databases to compare with this one.")
  List<String> compare;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "HTML to write.")
  Path out;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "en or id (default: en).")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String language = ReportLanguage.parse(lang);
    PrintWriter err = spec.commandLine().getErr();
    Path base = existing(db);
    try (Services services = Services.open(base, Clock.systemUTC())) {
      if (compare == null || compare.isEmpty()) {
        DebriefReport.write(
            DebriefBuilder.build(services), language, Clock.systemUTC().instant(), out);
        err.println("firebreak: debrief written to " + out);
      } else {
        List<Path> others = compare.stream().map(DebriefCommand::existing).toList();
        ComparisonReport.write(
            RunComparer.compare(services, others), language, Clock.systemUTC().instant(), out);
        err.println("firebreak: " + (others.size() + 1) + " runs compared in " + out);
      }
    }
    err.flush();
    return 0;
  }

  static Path existing(String path) {
    Path base = DatabaseLocation.resolveForThisUser(path);
    if (!Files.isRegularFile(DatabaseLocation.dataFile(base))) {
      throw new IllegalArgumentException("No training database at " + path);
    }
    return base;
  }
}
