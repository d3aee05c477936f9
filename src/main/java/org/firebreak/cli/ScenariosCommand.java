package org.firebreak.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.firebreak.simulation.BuiltInScenarios;
import org.firebreak.simulation.InstalledScenarios;
import org.firebreak.simulation.Scenario;
import org.firebreak.store.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * `firebreak scenarios`: the built-in drills, then those installed in the {@code scenarios} folder
 * beside the incident database (a file that cannot be used is listed with the reason).
 */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description =
        "Lists the built-in drill scenarios (ids to pass to 'firebreak simulate') and those"
            + " installed in the scenarios folder beside the incident database.")
final class ScenariosCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print one JSON array on stdout.")
  boolean json;

  @Option(
      names = "--db",
      paramLabel = "PATH",
      description = "The incident database whose scenarios folder to list (default: yours).")
  String db;

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
      row.put("source", "built-in");
      rows.add(row);
    }
    java.nio.file.Path folder = InstalledScenarios.folder(DatabaseLocation.resolveForThisUser(db));
    for (InstalledScenarios.Entry e : InstalledScenarios.list(folder, "en")) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.file().toString());
      row.put("title", e.usable() ? e.scenario().title() : null);
      row.put("language", e.usable() ? e.scenario().language() : null);
      row.put("durationMinutes", e.usable() ? e.scenario().durationMinutes() : null);
      row.put("source", "installed");
      if (!e.usable()) {
        row.put("refused", e.problem());
      }
      rows.add(row);
    }
    if (json) {
      out.println(StatsCommand.mapper().writeValueAsString(rows));
    } else {
      for (Map<String, Object> r : rows) {
        if (r.containsKey("refused")) {
          out.printf("%s  refused: %s%n", r.get("id"), r.get("refused"));
          continue;
        }
        out.printf(
            "%-22s %-3s %3s min  %s%n",
            r.get("id"), r.get("language"), r.get("durationMinutes"), r.get("title"));
      }
    }
    out.flush();
    return 0;
  }
}
