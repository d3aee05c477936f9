package org.firebreak.bench;

import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.firebreak.app.Services;
import org.firebreak.queue.QueueQuery;
import org.firebreak.simulation.BuiltInScenarios;
import org.firebreak.simulation.Scenario;
import org.firebreak.simulation.ScenarioPlayer;
import org.firebreak.simulation.SimulatedClock;
import org.firebreak.ui.common.ErrorReporter;
import org.firebreak.ui.common.FxTaskRunner;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.simulation.DrillWindow;

/**
 * Issue 7's speed figure: a built-in scenario (the recall, its bursts scaled by {@code
 * -Dbench.drill.scale}, default 3, so the hour brings thousands of messages) played at 60× in the
 * real drill window, headless (Monocle). Prints the messages delivered, the FX pulses (as {@link
 * FloodBench}), how long each message takes from its simulated arrival (the wall moment the
 * simulated clock passes it) until the queue counts it, and the simulated clock against wall×60.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.DrillBench}
 */
public final class DrillBench {

  private static final double FRAME_MS = 1000.0 / 60;
  private static final int SPEED = 60;

  private DrillBench() {}

  public static void main(String[] args) throws Exception {
    double scale = Double.parseDouble(System.getProperty("bench.drill.scale", "3"));
    String id = System.getProperty("bench.drill.scenario", "product-recall.en");
    Scenario scenario = scaled(BuiltInScenarios.find(id).orElseThrow(), scale);
    Path dir = Files.createTempDirectory("firebreak-drill-bench");
    // the drill window (1280 x 860) must fit the headless screen, as in the UI tests
    System.setProperty("headless.geometry", "1920x1200-32");
    FloodBench.startToolkit();
    FxTaskRunner runner = new FxTaskRunner();
    SimulatedClock clock = new SimulatedClock(Instant.now(), SPEED);
    try (Services s = Services.open(dir.resolve("drill"), clock)) {
      ScenarioPlayer player = ScenarioPlayer.start(scenario, s, clock, dir.resolve("live"));
      long before = s.messages().count(QueueQuery.newestFirst());
      Stage[] stage = new Stage[1];
      FloodBench.onFx(
          () -> {
            I18n i18n = new I18n(Locale.ENGLISH);
            stage[0] =
                DrillWindow.open(player, timed(runner), i18n, new ErrorReporter(i18n), l -> {});
          });
      Scene scene = stage[0].getScene();
      FloodBench.waitFor(() -> visible(scene) >= before);
      Meter meter = new Meter(scene);
      FloodBench.onFx(meter::install);
      Instant simStart = clock.instant();
      FloodBench.onFx(() -> ((Button) scene.lookup("#drillPlay")).fire());
      // where wall time would put the clock's start if it ran at exactly 60x: one estimate per
      // sample; their spread is the drift
      List<Double> anchors = new ArrayList<>();
      while (!player.isOver()) {
        long wall = System.nanoTime();
        long sim = Duration.between(simStart, clock.instant()).toNanos();
        if (sim > 0) {
          anchors.add(wall - sim / (double) SPEED);
        }
        java.util.concurrent.TimeUnit.MILLISECONDS.sleep(250);
      }
      long wallStart = Math.round(anchors.get(0));
      double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
      long total = s.messages().count(QueueQuery.newestFirst());
      FloodBench.waitFor(() -> meter.counted() >= total);
      List<Instant> arrivals = receivedInOrder(s, before);
      System.out.printf(
          Locale.ROOT,
          "{\"setup\":\"%s, bursts x%.1f, %d speed, %d messages planned before the clock ran,"
              + " %d after, %.1f s of wall time, %d cores\"}%n",
          scenario.title(),
          scale,
          SPEED,
          before,
          arrivals.size(),
          wallSeconds,
          Runtime.getRuntime().availableProcessors());
      Figures.compare(
          "drill_messages_delivered",
          arrivals.size() / wallSeconds,
          "messages/s",
          arrivals.size() / (scenario.durationMinutes() * 60.0 / SPEED),
          "the scenario's messages over its hour at 60x ("
              + arrivals.size()
              + " messages in "
              + scenario.durationMinutes()
              + " simulated minutes)");
      long[] pulses = meter.pulses();
      System.out.printf(
          Locale.ROOT,
          "{\"setup\":\"drill: %d pulses measured, %d over %.1f ms\"}%n",
          pulses.length,
          java.util.Arrays.stream(pulses).filter(p -> p > FRAME_MS * 1e6).count(),
          FRAME_MS);
      Figures.ceiling("drill_pulse_p99", Figures.percentile(pulses, 0.99), "ms", FRAME_MS);
      Figures.ceiling("drill_pulse_max", Figures.percentile(pulses, 1.0), "ms", FRAME_MS);
      long[] visible = meter.arrivalToVisible(arrivals, simStart, wallStart, before);
      Figures.ceiling("drill_arrival_visible_p50", Figures.percentile(visible, 0.5), "ms", 1000);
      Figures.ceiling("drill_arrival_visible_p99", Figures.percentile(visible, 0.99), "ms", 1000);
      Figures.ceiling("drill_arrival_visible_max", Figures.percentile(visible, 1.0), "ms", 1000);
      double worst = 0;
      for (double a : anchors) {
        worst = Math.max(worst, Math.abs(a - anchors.get(0)) * SPEED);
      }
      // one frame of wall time at 60x is 1 simulated second
      Figures.ceiling("drill_clock_drift_max", worst / 1e9, "simulated s", 1.0);
      FloodBench.onFx(() -> stage[0].close());
    } finally {
      runner.shutdown();
      javafx.application.Platform.exit();
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** When each message was received (simulated time), in the order stored, after the first n. */
  private static List<Instant> receivedInOrder(Services s, long skip) {
    return s.database()
        .read(
            c -> {
              List<Instant> out = new ArrayList<>();
              try (var ps =
                  c.prepareStatement(
                      "SELECT received_at FROM messages ORDER BY id OFFSET ? ROWS")) {
                ps.setLong(1, skip);
                try (var rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.add(rs.getObject(1, java.time.OffsetDateTime.class).toInstant());
                  }
                }
              }
              return out;
            });
  }

  /**
   * The console's runner, printing each piece of background work that takes over 0.5 s (from
   * submission to its result on the FX thread), named by the class that asked for it.
   */
  private static org.firebreak.ui.common.TaskRunner timed(FxTaskRunner runner) {
    if (!Boolean.getBoolean("bench.drill.slowTasks")) {
      return runner;
    }
    return new org.firebreak.ui.common.TaskRunner() {
      @Override
      public <T> void run(
          java.util.concurrent.Callable<T> work,
          java.util.function.Consumer<T> onSuccess,
          java.util.function.Consumer<Throwable> onFailure) {
        long t0 = System.nanoTime();
        long[] ran = new long[2];
        runner.run(
            () -> {
              ran[0] = System.nanoTime();
              T r = work.call();
              ran[1] = System.nanoTime();
              return r;
            },
            r -> {
              long now = System.nanoTime();
              if (now - t0 > 500_000_000L) {
                System.out.printf(
                    Locale.ROOT,
                    "{\"slow_task\":\"%s\",\"queued_ms\":%d,\"work_ms\":%d,\"to_fx_ms\":%d}%n",
                    work.getClass().getName().replaceAll("\\$\\$Lambda.*", ""),
                    (ran[0] - t0) / 1_000_000,
                    (ran[1] - ran[0]) / 1_000_000,
                    (now - ran[1]) / 1_000_000);
              }
              onSuccess.accept(r);
            },
            onFailure);
      }

      @Override
      public void shutdown() {
        runner.shutdown();
      }
    };
  }

  /** Messages the queue counts on screen: the page's total and the "N new" button. */
  static long visible(Scene scene) {
    long shown = lastNumber(scene.lookup("#queueCount"));
    Node arrivals = scene.lookup("#queueNewArrivals");
    if (arrivals != null && arrivals.isVisible()) {
      shown += firstNumber(arrivals);
    }
    return shown;
  }

  private static long lastNumber(Node node) {
    String[] parts = ((Labeled) node).getText().replace(",", "").split("[^0-9]+");
    return parts.length == 0 || parts[parts.length - 1].isEmpty()
        ? 0
        : Long.parseLong(parts[parts.length - 1]);
  }

  private static long firstNumber(Node node) {
    for (String p : ((Labeled) node).getText().replace(",", "").split("[^0-9]+")) {
      if (!p.isEmpty()) {
        return Long.parseLong(p);
      }
    }
    return 0;
  }

  /** The scenario with every burst's curve (also a conditional's) multiplied by {@code scale}. */
  static Scenario scaled(Scenario s, double scale) {
    List<Scenario.Inject> out = new ArrayList<>();
    for (Scenario.Inject i : s.injects()) {
      out.add(scaled(i, scale));
    }
    return s.withInjects(out);
  }

  private static Scenario.Inject scaled(Scenario.Inject i, double scale) {
    if (i == null) {
      return null;
    }
    Scenario.Inject then = scaled(i.then(), scale);
    List<List<Double>> curve =
        i.curve() == null
            ? null
            : i.curve().stream().map(p -> List.of(p.get(0), p.get(1) * scale)).toList();
    return new Scenario.Inject(
        i.atMinute(),
        i.kind(),
        i.platform(),
        i.author(),
        i.text(),
        i.reach(),
        curve,
        i.templates(),
        i.personas(),
        i.variables(),
        i.event(),
        i.ratePerMinute(),
        i.untilMinute(),
        i.escalation(),
        i.when(),
        then,
        i.curveFrom());
  }

  /** Times every pulse and notes, at the end of each, how many messages the queue counts. */
  private static final class Meter {
    private final Scene scene;
    private final List<Long> pulses = new ArrayList<>();
    private final List<long[]> counts = new ArrayList<>();
    private long start;
    private long lastCount = -1;
    // the toolkit keeps pulse listeners weakly: these fields hold them
    private TKPulseListener first;
    private TKPulseListener last;

    Meter(Scene scene) {
      this.scene = scene;
    }

    void install() {
      first = () -> start = System.nanoTime();
      last = () -> pulseEnded(System.nanoTime());
      Toolkit.getToolkit().addStageTkPulseListener(first);
      Toolkit.getToolkit().addPostSceneTkPulseListener(last);
    }

    private synchronized void pulseEnded(long now) {
      if (start != 0) {
        pulses.add(now - start);
      }
      long count = visible(scene);
      if (count != lastCount) {
        counts.add(new long[] {now, count});
        lastCount = count;
      }
    }

    synchronized long counted() {
      return lastCount;
    }

    synchronized long[] pulses() {
      return pulses.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * For the k-th message after the clock started (in order of simulated arrival), the wall time
     * from the clock passing its arrival to the first pulse that counted {@code before + k}.
     */
    synchronized long[] arrivalToVisible(
        List<Instant> arrivals, Instant simStart, long wallStart, long before) {
      long[] out = new long[arrivals.size()];
      int c = 0;
      for (int k = 0; k < arrivals.size(); k++) {
        long due = wallStart + Duration.between(simStart, arrivals.get(k)).toNanos() / SPEED;
        while (c < counts.size() && counts.get(c)[1] < before + k + 1) {
          c++;
        }
        long seen = c < counts.size() ? counts.get(c)[0] : Long.MAX_VALUE;
        out[k] = Math.max(0, seen - due);
      }
      return out;
    }
  }
}
