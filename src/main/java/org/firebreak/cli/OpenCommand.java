package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.firebreak.share.session.MergeReport;
import org.firebreak.share.session.SessionOpener;
import org.firebreak.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `firebreak open FILE.firebreak --db NEWPATH`: a session file as a new incident database. */
@Command(
    name = "open",
    mixinStandardHelpOptions = true,
    description =
        "Creates a new incident database at --db from a session file; an existing incident is"
            + " never overwritten (use merge for that).")
final class OpenCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "Session file to open.")
  Path file;

  @Option(
      names = "--db",
      paramLabel = "NEWPATH",
      required = true,
      description = "New incident database.")
  String db;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    MergeReport report = SessionOpener.open(file, DatabaseLocation.resolveForThisUser(db));
    err.println("firebreak: opened " + file + " as " + db + " (" + report.totalAdded() + " rows)");
    err.flush();
    return 0;
  }
}
