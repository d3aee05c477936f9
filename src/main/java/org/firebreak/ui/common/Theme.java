package org.firebreak.ui.common;

import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX's Primer theme plus Firebreak's crisis colour tokens. */
public final class Theme {
  private Theme() {}

  public static void apply(Scene scene) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    scene
        .getStylesheets()
        .add(
            Objects.requireNonNull(Theme.class.getResource("/css/firebreak.css")).toExternalForm());
  }
}
