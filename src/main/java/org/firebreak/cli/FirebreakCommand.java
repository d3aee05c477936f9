package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `firebreak` with no command opens the console; with a command it runs headless. */
@Command(
    name = "firebreak",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "War-room console for a social media crisis. With no command, opens the console.",
    subcommands = {
      StatsCommand.class,
      DemoCommand.class,
      ImportCommand.class,
      ReportCommand.class,
      HubCommand.class,
      SimulateCommand.class,
      ScenariosCommand.class,
      ExportCommand.class,
      OpenCommand.class,
      MergeCommand.class,
      ListenCommand.class
    })
public final class FirebreakCommand implements Runnable {

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description =
          "Incident database to open (default: FIREBREAK_DB, then the per-user data folder).")
  String db;

  private final Consumer<String> openConsole;

  public FirebreakCommand(Consumer<String> openConsole) {
    this.openConsole = openConsole;
  }

  @Override
  public void run() {
    openConsole.accept(db);
  }

  /** Parses and runs; returns the process exit code (2 for a usage error). */
  public static int execute(Consumer<String> openConsole, String... args) {
    return execute(
        openConsole,
        new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /** As {@link #execute(Consumer, String...)}, printing to the given writers. */
  public static int execute(
      Consumer<String> openConsole, PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = new CommandLine(new FirebreakCommand(openConsole));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new FriendlyErrors());
    cmd.setParameterExceptionHandler(FriendlyErrors::usage);
    return cmd.execute(args);
  }
}
