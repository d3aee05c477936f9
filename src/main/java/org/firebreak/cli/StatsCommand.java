package org.firebreak.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.stats.IncidentStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `firebreak stats`: counts by status, label and platform, and the crisis clock. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Counts of messages by status, label and platform, and the incident's crisis clock.")
final class StatsCommand implements Callable<Integer> {

  @Mixin DatabaseOption database;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  @Spec CommandSpec spec;

  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Override
  public Integer call() throws Exception {
    IncidentStats stats;
    try (Services services = database.open()) {
      stats = services.stats().snapshot();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(mapper().writeValueAsString(stats));
    } else {
      printText(out, stats);
    }
    out.flush();
    return 0;
  }

  private static void printText(PrintWriter out, IncidentStats s) {
    IncidentStats.IncidentSection i = s.incident();
    out.println("Database:     " + s.database());
    if ("NONE".equals(i.state())) {
      out.println("Incident:     none declared");
    } else {
      out.println(
          "Incident:     "
              + i.name()
              + " ("
              + i.state()
              + ", "
              + i.cause()
              + ", began on "
              + i.originPlatform()
              + ")");
      out.println(
          "Crisis clock: "
              + i.clock()
              + " "
              + i.clockPhase()
              + " (window "
              + i.windowMinutes()
              + " min, declared "
              + i.declaredAt()
              + ")");
    }
    out.println(
        "Messages:     "
            + s.messages().total()
            + ", still needing a reply: "
            + s.messages().needsReply()
            + ", replies sent: "
            + s.messages().replies());
    section(out, "By status", s.messages().byStatus());
    section(out, "By label", s.messages().byLabel());
    section(out, "By platform", s.messages().byPlatform());
  }

  private static void section(PrintWriter out, String title, Map<String, Long> counts) {
    out.println(title + ":");
    if (counts.isEmpty()) {
      out.println("  (none)");
    }
    counts.forEach((k, v) -> out.printf("  %-18s %8d%n", k, v));
  }
}
