package org.firebreak.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * A repeating timer that runs only while its node is in a scene, so a closed view leaks nothing.
 */
public final class WhileShown {
  private WhileShown() {}

  public static Timeline every(Node node, Duration period, Runnable action) {
    Timeline timer = new Timeline(new KeyFrame(period, e -> action.run()));
    timer.setCycleCount(Animation.INDEFINITE);
    node.sceneProperty()
        .addListener(
            (o, was, now) -> {
              if (now == null) {
                timer.stop();
              } else {
                timer.play();
              }
            });
    if (node.getScene() != null) {
      timer.play();
    }
    return timer;
  }
}
