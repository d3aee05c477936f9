package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.queue.MessageStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `firebreak report`: the queue as CSV, or the after-action report as HTML. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "csv: every message of the queue (or of one --status) for a spreadsheet; UTF-8 with a BOM,"
          + " cells that could start a formula are prefixed with a single quote.",
      "html: the after-action report (timeline, response times, volume, statements, labels),"
          + " printable to PDF from a browser.",
      "Without --out the report goes to stdout; with it the file is replaced atomically."
    })
final class ReportCommand implements Callable<Integer> {

  @Mixin DatabaseOption database;

  @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "csv or html.")
  String format;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "csv only: NEEDS_REPLY, ASSIGNED, REPLIED, NO_REPLY_NEEDED or ESCALATED.")
  String status;

  @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: stdout).")
  Path out;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "html only: en or id (default: en).")
  String lang;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String kind = format.toLowerCase(Locale.ROOT);
    if (!kind.equals("csv") && !kind.equals("html")) {
      throw new IllegalArgumentException("--format " + format + " is not known; use csv or html");
    }
    Optional<MessageStatus> only = Optional.ofNullable(status).map(ReportCommand::status);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Services services = database.open()) {
      if (kind.equals("csv")) {
        long n =
            out == null
                ? services.csvReport().write(stdout, only)
                : services.csvReport().write(out, only);
        stdout.flush();
        if (out != null) {
          err.println("firebreak: " + n + " messages written to " + out);
        }
      } else {
        String language = ReportLanguage.parse(lang);
        if (out == null) {
          services.afterActionReport().write(stdout, language);
        } else {
          services.afterActionReport().write(out, language);
          err.println("firebreak: after-action report written to " + out);
        }
      }
    }
    err.flush();
    return 0;
  }

  private static MessageStatus status(String s) {
    try {
      return MessageStatus.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--status "
              + s
              + " is not known; use NEEDS_REPLY, ASSIGNED, REPLIED, NO_REPLY_NEEDED"
              + " or ESCALATED");
    }
  }
}
