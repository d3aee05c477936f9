package org.firebreak.cli;

import java.util.concurrent.Callable;
import org.firebreak.app.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `firebreak demo`: writes the demo incident into a database. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Write the demo incident (a kettle recall, a few hundred messages) into a database.")
final class DemoCommand implements Callable<Integer> {

  @Mixin DatabaseOption database;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Services services = database.open()) {
      services.writeDemo();
      var counts = services.statsQuery().counts();
      spec.commandLine()
          .getOut()
          .println(
              "Demo incident written to "
                  + services.database().dataFile()
                  + ": "
                  + counts.total()
                  + " messages, "
                  + counts.needsReply()
                  + " still needing a reply.");
    }
    return 0;
  }
}
