package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.share.session.MergeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `firebreak merge FILE.firebreak [--json]`: another copy's work into this incident. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description =
        "Merges a session file into the incident in one transaction and prints what was added,"
            + " updated and every conflict with both sides.")
final class MergeCommand implements Callable<Integer> {

  @Mixin DatabaseOption database;

  @Parameters(index = "0", paramLabel = "FILE", description = "Session file to merge.")
  Path file;

  @Option(names = "--json", description = "Print the merge report as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Services services = database.open()) {
      MergeReport report = services.sessionMerger().merge(file);
      out.println(json ? report.toJson() : report.summary());
    }
    out.flush();
    return 0;
  }
}
