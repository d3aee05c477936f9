package org.firebreak.ui.common;

import java.util.function.LongSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * A small window for long work: a bar and "n of m rows", polled from counters the worker sets (the
 * FX thread never waits on it), and a Cancel button. Closing the window asks for a cancel too.
 */
public final class ProgressWindow {

  private final Stage stage = new Stage();
  private final Timeline poll;
  private final Label status = new Label();
  private final Button cancel;

  public ProgressWindow(
      Window owner,
      I18n i18n,
      Formats formats,
      String title,
      LongSupplier done,
      LongSupplier total,
      Runnable onCancel) {
    ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    bar.setId("progressBar");
    bar.setPrefWidth(360);
    status.setId("progressStatus");
    status.setText(i18n.get("progress.starting"));
    cancel = new Button(i18n.get("progress.cancel"));
    cancel.setId("progressCancel");
    cancel.setCancelButton(true);
    Runnable asked =
        () -> {
          cancel.setDisable(true);
          status.setText(i18n.get("progress.cancelling"));
          onCancel.run();
        };
    cancel.setOnAction(e -> asked.run());
    poll =
        new Timeline(
            new KeyFrame(
                Duration.millis(150),
                e -> {
                  long t = total.getAsLong();
                  long d = done.getAsLong();
                  if (t > 0 && !cancel.isDisabled()) {
                    bar.setProgress(Math.min(1.0, d / (double) t));
                    status.setText(i18n.get("progress.rows", formats.count(d), formats.count(t)));
                  }
                }));
    poll.setCycleCount(Timeline.INDEFINITE);
    Label heading = new Label(title);
    heading.getStyleClass().add("title-4");
    VBox root = new VBox(10, heading, bar, new HBox(12, status), cancel);
    root.setPadding(new Insets(16));
    stage.setScene(new Scene(root));
    Theme.apply(stage.getScene());
    stage.setTitle(title);
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
    }
    stage.setOnCloseRequest(
        e -> {
          e.consume(); // stays until the work has stopped
          if (!cancel.isDisabled()) {
            asked.run();
          }
        });
  }

  public void show() {
    poll.play();
    stage.show();
  }

  public void close() {
    poll.stop();
    stage.close();
  }
}
