package org.firebreak.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import org.firebreak.plan.PlanRuleException;
import org.firebreak.share.AtomicFile;
import org.firebreak.store.PlaybookStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `firebreak playbooks export|import FILE`: the plan binder as JSON, to share across teams. */
@Command(
    name = "playbooks",
    mixinStandardHelpOptions = true,
    description = "Exports or imports the playbooks and the social media committee as JSON.",
    subcommands = {PlaybooksCommand.Export.class, PlaybooksCommand.Import.class})
final class PlaybooksCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "export",
      mixinStandardHelpOptions = true,
      description = "Writes every playbook and the committee to FILE (replaced atomically).")
  static final class Export implements Callable<Integer> {
    @Mixin DatabaseOption database;

    @Parameters(paramLabel = "FILE", description = "JSON file to write.")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      try (Services services = database.open()) {
        byte[] json = services.playbooks().exportJson().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(json));
        PrintWriter err = spec.commandLine().getErr();
        err.println(
            "firebreak: "
                + services.playbooks().all().size()
                + " playbooks and the committee written to "
                + file);
        err.flush();
      }
      return 0;
    }
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Reads playbooks and the committee from FILE: all of it, or nothing when a field is"
              + " bad. A playbook with the same name is replaced; members are matched by name.")
  static final class Import implements Callable<Integer> {
    @Mixin DatabaseOption database;

    @Parameters(paramLabel = "FILE", description = "JSON file written by 'playbooks export'.")
    Path file;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      String json;
      try {
        json = Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException(file + " does not exist.");
      }
      try (Services services = database.open()) {
        PlaybookStore.ImportResult r =
            services
                .playbooks()
                .importJson(json, file.getFileName().toString(), System.getProperty("user.name"));
        err.println(
            "firebreak: imported "
                + r.added()
                + " new playbooks, replaced "
                + r.replaced()
                + ", "
                + r.members()
                + " committee members");
      } catch (PlanRuleException e) {
        err.println("firebreak: " + e.getMessage() + " Nothing was imported.");
        err.flush();
        return FriendlyErrors.FAILED;
      }
      err.flush();
      return 0;
    }
  }
}
