package org.firebreak.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the incident database off the FX thread, then the console. */
public final class FirebreakApp extends Application {

  public static void launchConsole(String dbOption) {
    Application.launch(
        FirebreakApp.class, dbOption == null ? new String[0] : new String[] {"--db=" + dbOption});
  }

  @Override
  public void start(Stage stage) {
    stage.show();
  }
}
