package org.firebreak.reliability;

import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.firebreak.app.Services;
import org.firebreak.testing.HeadlessFx;

/**
 * The console open headless during the soak, as a manager keeps it open through an incident: its
 * views refresh on every commit, and every ten seconds someone shows the new arrivals and selects
 * the newest message, so the detail pane loads its thread, notes and history.
 */
final class SoakConsole {

  private final HeadlessFx.OpenConsole console;
  private final AtomicLong looks = new AtomicLong();

  private SoakConsole(HeadlessFx.OpenConsole console) {
    this.console = console;
  }

  static SoakConsole open(Services s) throws InterruptedException {
    HeadlessFx.startToolkit();
    return new SoakConsole(HeadlessFx.openConsole(s));
  }

  /** Shows the new arrivals if the queue offers them, and selects the first row. */
  void lookAtQueue() throws InterruptedException {
    HeadlessFx.onFx(
        () -> {
          Scene scene = console.scene();
          Node arrivals = scene.lookup("#queueNewArrivals");
          if (arrivals instanceof Button button && button.isVisible()) {
            button.fire();
          }
          TableView<?> table = (TableView<?>) scene.lookup("#queueTable");
          if (!table.getItems().isEmpty()) {
            table.getSelectionModel().clearAndSelect(0);
            looks.incrementAndGet();
          }
        });
  }

  long looks() {
    return looks.get();
  }

  void close() throws InterruptedException {
    console.close();
    Platform.exit();
  }
}
