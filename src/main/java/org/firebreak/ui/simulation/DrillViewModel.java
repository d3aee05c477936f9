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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.share.ComparisonReport;
import org.firebreak.share.DebriefReport;
import org.firebreak.simulation.DrillScore;
import org.firebreak.simulation.DrillSummary;
import org.firebreak.simulation.RunComparer;
import org.firebreak.simulation.RunComparison;
import org.firebreak.simulation.Scenario;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.ui.common.TaskRunner;

/**
 * The trainer's controls over a running drill: the simulated clock (start, pause, speed), firing
 * the next inject, notes and the score. Deliveries run off the FX thread.
 */
public final class DrillViewModel {

  private final ScenarioPlayer player;
  private final TaskRunner runner;
  private final Runnable arrivalsChanged;
  private final Consumer<Throwable> onFailure;
  private final ObjectProperty<DrillSummary> summary = new SimpleObjectProperty<>();
  private final BooleanProperty running = new SimpleBooleanProperty(false);
  private final ObservableList<InjectRow> injects = FXCollections.observableArrayList();
  private boolean delivering;
  private boolean closed;
  private long delivered;

  /** {@code arrivalsChanged} tells the console to count new arrivals now. */
  public DrillViewModel(
      ScenarioPlayer player,
      TaskRunner runner,
      Runnable arrivalsChanged,
      Consumer<Throwable> onFailure) {
    this.player = player;
    this.runner = runner;
    this.arrivalsChanged = arrivalsChanged;
    this.onFailure = onFailure;
    List<Scenario.Inject> all = player.scenario().injects();
    for (int i = 0; i < all.size(); i++) {
      injects.add(new InjectRow(i, all.get(i), false));
    }
  }

  /** One inject of the scenario, in the trainer's list, and whether it has fired. */
  public record InjectRow(int index, Scenario.Inject inject, boolean fired) {}

  /**
   * Called several times a second: delivers what the simulated clock has made due. The console sees
   * deliveries as it sees live arrivals (the queue's "N new", each view's own refresh), so a
   * trainee's page and selection stay put; a tick still delivering makes the next one a no-op.
   */
  public void tick() {
    if (delivering || closed) {
      return;
    }
    delivering = true;
    runner.run(
        () -> progress(player.catchUp()),
        p -> {
          delivering = false;
          shown(p);
          if (player.isOver()) {
            player.clock().pause();
            running.set(false);
          }
        },
        e -> {
          delivering = false;
          failed(e);
        });
  }

  /** The window closed: nothing more is delivered, and a delivery already under way is quiet. */
  public void close() {
    closed = true;
    player.clock().pause();
  }

  private void failed(Throwable e) {
    if (!closed) {
      onFailure.accept(e);
    }
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

  /** Jumps to the next inject: the earliest not fired yet, fired now. */
  public void fireNext() {
    fire(() -> player.nextInject());
  }

  /** Fires the inject the trainer chose in the list, now, whatever its minute or condition. */
  public void fire(int index) {
    fire(() -> index);
  }

  private void fire(java.util.function.IntSupplier which) {
    runner.run(
        () -> {
          int index = which.getAsInt();
          return progress(index < 0 ? player.summary() : player.fireNow(index));
        },
        this::shown,
        this::failed);
  }

  // read off the FX thread: the player is busy storing while a burst is delivered
  private record Progress(DrillSummary summary, java.util.Set<Integer> fired) {}

  private Progress progress(DrillSummary s) {
    return new Progress(s, player.firedInjects());
  }

  private void shown(Progress p) {
    summary.set(p.summary());
    if (p.summary().messagesGenerated() != delivered) {
      delivered = p.summary().messagesGenerated();
      arrivalsChanged.run();
    }
    for (int i = 0; i < injects.size(); i++) {
      InjectRow row = injects.get(i);
      if (row.fired() != p.fired().contains(i)) {
        injects.set(i, new InjectRow(i, row.inject(), !row.fired()));
      }
    }
  }

  /** The scenario's injects in their order, each marked once it has fired. */
  public ObservableList<InjectRow> injects() {
    return injects;
  }

  public void note(String text) {
    if (text != null && !text.isBlank()) {
      runner.execute(() -> player.note(text.strip()), () -> {}, this::failed);
    }
  }

  public void score(Consumer<DrillScore> show) {
    runner.run(player::score, show, this::failed);
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
        this::failed);
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
        this::failed);
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
        this::failed);
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
