package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.share.session.SessionManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `firebreak export --out FILE.firebreak`: the whole incident as one session file. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes the whole incident (messages, labels, replies, notes, statements, team, hub, audit"
            + " log) as a session file another workstation can open or merge.")
final class ExportCommand implements Callable<Integer> {

  @Mixin DatabaseOption database;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "Session file to write.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try (Services services = database.open()) {
      SessionManifest m =
          services
              .sessionExporter()
              .export(
                  out, System.getProperty("user.name", "unknown"), SessionExporter.Progress.NONE);
      long rows = m.entries().stream().mapToLong(SessionManifest.Entry::rows).sum();
      err.println("firebreak: " + rows + " rows written to " + out);
    }
    err.flush();
    return 0;
  }
}
