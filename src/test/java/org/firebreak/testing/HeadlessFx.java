package org.firebreak.testing;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.ui.Console;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.Theme;

/**
 * The JavaFX toolkit started headless (Monocle, software rendering, as the UI tests run) for the
 * harnesses that drive the console outside TestFX: the benchmarks and the soak.
 */
public final class HeadlessFx {

  private HeadlessFx() {}

  public static void startToolkit() throws InterruptedException {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("prism.order", "sw");
    System.setProperty("prism.text", "t2k");
    System.setProperty("java.awt.headless", "true");
    System.setProperty("firebreak.notifications", "off");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();
  }

  /** Opens the console on a 1280 by 800 stage, themed, started, as a manager sees it. */
  public static OpenConsole openConsole(Services s) throws InterruptedException {
    FxTaskRunner runner = new FxTaskRunner();
    Stage[] stage = new Stage[1];
    onFx(
        () -> {
          I18n i18n = new I18n(Locale.ENGLISH);
          Console console = new Console(s, runner, i18n, new ErrorReporter(i18n), link -> {});
          Scene scene = new Scene(console.root(), 1280, 800);
          Theme.apply(scene);
          stage[0] = new Stage();
          stage[0].setScene(scene);
          stage[0].show();
          console.start();
        });
    return new OpenConsole(stage[0], runner);
  }

  /** A console opened here: its stage, and the task runner to shut down with it. */
  public record OpenConsole(Stage stage, FxTaskRunner runner) {

    public Scene scene() {
      return stage.getScene();
    }

    public void close() throws InterruptedException {
      onFx(stage::close);
      runner.shutdown();
    }
  }

  /** Runs work on the FX thread and waits for it; a failure there is rethrown here. */
  public static void onFx(Runnable work) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(1);
    Throwable[] failure = new Throwable[1];
    Platform.runLater(
        () -> {
          try {
            work.run();
          } catch (Throwable t) {
            failure[0] = t;
          } finally {
            done.countDown();
          }
        });
    done.await();
    if (failure[0] != null) {
      throw new IllegalStateException(failure[0]);
    }
  }
}
