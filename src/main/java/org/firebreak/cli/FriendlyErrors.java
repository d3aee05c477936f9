package org.firebreak.cli;

import org.firebreak.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** One clear line on stderr instead of a stack trace; a short usage for bad arguments. */
final class FriendlyErrors implements IExecutionExceptionHandler {

  static final int FAILED = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    String message =
        e instanceof StoreException || e instanceof IllegalArgumentException
            ? e.getMessage()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    cmd.getErr().println("firebreak: " + message);
    return FAILED;
  }

  static int usage(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println("firebreak: " + e.getMessage());
    cmd.getErr().println("Usage: " + cmd.getCommandSpec().qualifiedName() + " " + synopsis(cmd));
    cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
    return USAGE;
  }

  private static String synopsis(CommandLine cmd) {
    String full = cmd.getHelp().synopsis(0).strip();
    int space = full.indexOf(' ');
    return space < 0 ? "" : full.substring(space + 1);
  }
}
