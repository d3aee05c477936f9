package org.firebreak;

import org.firebreak.cli.FirebreakCommand;
import org.firebreak.ui.FirebreakApp;

/**
 * Starts Firebreak from the classpath. Not an {@code Application} itself, so the JavaFX runtime can
 * be loaded from plain jars; with no command it opens the console.
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    int code = FirebreakCommand.execute(FirebreakApp::launchConsole, args);
    System.exit(code);
  }
}
