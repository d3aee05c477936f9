package org.firebreak.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.firebreak.simulation.BuiltInScenarios;
import org.firebreak.simulation.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `firebreak scenarios`: the built-in drills, by id, title and language. */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = "Lists the built-in drill scenarios (ids to pass to 'firebreak simulate').")
final class ScenariosCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print one JSON array on stdout.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String id : BuiltInScenarios.ids()) {
      Scenario s = BuiltInScenarios.find(id).orElseThrow();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("title", s.title());
      row.put("language", s.language());
      row.put("durationMinutes", s.durationMinutes());
      rows.add(row);
    }
    if (json) {
      out.println(StatsCommand.mapper().writeValueAsString(rows));
    } else {
      for (Map<String, Object> r : rows) {
        out.printf(
            "%-22s %-3s %3s min  %s%n",
            r.get("id"), r.get("language"), r.get("durationMinutes"), r.get("title"));
      }
    }
    out.flush();
    return 0;
  }
}
