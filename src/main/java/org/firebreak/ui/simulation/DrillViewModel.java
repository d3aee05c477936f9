package org.firebreak.ui.simulation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.firebreak.share.ComparisonReport;
import org.firebreak.share.DebriefReport;
import org.firebreak.simulation.DrillScore;
import org.firebreak.simulation.DrillSummary;
import org.firebreak.simulation.RunComparer;
import org.firebreak.simulation.RunComparison;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.ui.common.TaskRunner;

/**
 * The trainer's controls over a running drill: the simulated clock (start, pause, speed), firing
 * the next inject, notes and the score. Deliveries run off the FX thread.
 */
public final class DrillViewModel {

  private final ScenarioPlayer player;
  private final TaskRunner runner;
  private final Runnable refreshConsole;
  private final Consumer<Throwable> onFailure;
  private final ObjectProperty<DrillSummary> summary = new SimpleObjectProperty<>();
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private long lastMessages;

  public DrillViewModel(
      ScenarioPlayer player,
      TaskRunner runner,
      Runnable refreshConsole,
      Consumer<Throwable> onFailure) {
    this.player = player;
    this.runner = runner;
    this.refreshConsole = refreshConsole;
    this.onFailure = onFailure;
  }

  /** Called every second: delivers what the simulated clock has made due. */
  public void tick() {
    runner.run(
        player::catchUp,
        s -> {
          summary.set(s);
          if (s.messagesGenerated() != lastMessages) {
            lastMessages = s.messagesGenerated();
            refreshConsole.run();
          }
          if (player.isOver()) {
            player.clock().pause();
            running.set(false);
          }
        },
        onFailure);
  }

  public void toggle() {
    if (player.clock().isPaused()) {
      player.clock().resume();
      running.set(true);
    } else {
      player.clock().pause();
      running.set(false);
    }
  }

  public void setSpeed(int speed) {
    player.clock().setSpeed(speed);
  }

  /** Fires the next inject that has not fired yet, now. */
  public void fireNext() {
    runner.run(
        () -> player.fireNow(nextInject()),
        s -> {
          summary.set(s);
          refreshConsole.run();
        },
        onFailure);
  }

  private int nextInject() {
    DrillSummary s = player.summary();
    return Math.min(s.injectsFired(), player.scenario().injects().size() - 1);
  }

  public void note(String text) {
    if (text != null && !text.isBlank()) {
      runner.execute(() -> player.note(text.strip()), () -> {}, onFailure);
    }
  }

  public void score(Consumer<DrillScore> show) {
    runner.run(player::score, show, onFailure);
  }

  /**
   * Writes the debrief beside the training database ({@code <name>-debrief.html}) and hands its
   * path on.
   */
  public void debrief(String language, Consumer<Path> written) {
    Path base = player.services().database().base().toAbsolutePath();
    Path target = base.resolveSibling(base.getFileName() + "-debrief.html");
    runner.run(
        () -> {
          DebriefReport.write(player.debrief(), language, Instant.now(), target);
          return target;
        },
        written,
        onFailure);
  }

  /**
   * This run beside the other runs of the same scenario kept in the drills folder; a database that
   * cannot be read (open in another window) is left out and named.
   */
  public void compare(BiConsumer<RunComparison, List<String>> show) {
    runner.run(
        () -> {
          List<String> skipped = new ArrayList<>();
          Path base = player.services().database().base();
          player.score();
          RunComparison c =
              RunComparer.compare(player.services(), RunComparer.siblings(base), skipped::add);
          return Map.entry(c, skipped);
        },
        r -> show.accept(r.getKey(), r.getValue()),
        onFailure);
  }

  /** Writes a comparison as HTML beside the training database and hands its path on. */
  public void writeComparison(RunComparison c, String language, Consumer<Path> written) {
    Path base = player.services().database().base().toAbsolutePath();
    Path target = base.resolveSibling(base.getFileName() + "-comparison.html");
    runner.run(
        () -> {
          ComparisonReport.write(c, language, Instant.now(), target);
          return target;
        },
        written,
        onFailure);
  }

  public ScenarioPlayer player() {
    return player;
  }

  public ObjectProperty<DrillSummary> summaryProperty() {
    return summary;
  }

  public BooleanProperty runningProperty() {
    return running;
  }
}
