package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.share.HubContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `firebreak hub --out DIR`: the crisis hub as a static site to upload anywhere. */
@Command(
    name = "hub",
    mixinStandardHelpOptions = true,
    description = {
      "Generates the crisis hub page (index.html and hub.css, no JavaScript) into DIR, in English"
          + " and Bahasa Indonesia: situation, latest updates, FAQ, steps and where to get help.",
      "With --seed, first prepares an empty hub from the playbook's template in both languages."
    })
final class HubCommand implements Callable<Integer> {

  @Mixin DatabaseOption database;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write.")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "INCIDENT",
      description = "Fill an empty hub from the playbook template, naming this incident.")
  String seedIncident;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "With --seed: the https address the hub will be published at.")
  String url;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    try (Services services = database.open()) {
      if (seedIncident != null) {
        HubContent now = services.hub().content();
        if (now.summaries().isEmpty() && now.faq().isEmpty()) {
          for (String lang : HubContent.LANGUAGES) {
            services.hub().seedFromPlaybook(lang, seedIncident, url);
          }
        } else {
          err.println("firebreak: the hub already has content; --seed left it as it is");
        }
      }
      Path page = services.hubSite().write(out);
      err.println("firebreak: crisis hub written to " + page);
    }
    err.flush();
    return 0;
  }
}
