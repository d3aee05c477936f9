package org.firebreak.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import org.firebreak.ui.preferences.Preferences;

/**
 * The look: AtlantaFX's Primer theme (light or dark) plus Firebreak's crisis colour tokens. High
 * contrast is Primer Light with the fb-high-contrast class, which overrides the tokens.
 */
public final class Theme {
  public static final String HIGH_CONTRAST = "fb-high-contrast";
  public static final String DARK = "fb-dark";

  private Theme() {}

  public static void apply(Scene scene) {
    apply(scene, Preferences.defaults());
  }

  public static void apply(Scene scene, Preferences preferences) {
    boolean dark = "dark".equals(preferences.theme());
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    String css =
        Objects.requireNonNull(Theme.class.getResource("/css/firebreak.css")).toExternalForm();
    if (!scene.getStylesheets().contains(css)) {
      scene.getStylesheets().add(css);
    }
    var classes = scene.getRoot().getStyleClass();
    classes.removeAll(HIGH_CONTRAST, DARK);
    if (dark) {
      classes.add(DARK);
    } else if ("high-contrast".equals(preferences.theme())) {
      classes.add(HIGH_CONTRAST);
    }
    // the one inline style: the person's font size, which every em-based size follows
    scene.getRoot().setStyle("-fx-font-size: " + preferences.fontSize() + "px;");
  }
}
