package org.firebreak.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.firebreak.app.Services;
import org.firebreak.intake.IncomingMessage;
import org.firebreak.queue.Direction;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.testing.HeadlessFx;

/**
 * The flood figure: messages arriving at a steady rate (2,000/s for 60 s unless {@code
 * -Dbench.flood.rate} / {@code -Dbench.flood.seconds} say otherwise) while the console's queue is
 * open headless (Monocle, as the UI tests run). Measures how long each FX pulse takes (from the
 * toolkit's first pulse listener to its last scene listener: CSS, layout and the sync to the
 * renderer) and how long a committed message takes to show in the queue's "N new" button.
 */
final class FloodBench {

  private static final double FRAME_MS = 1000.0 / 60;

  private FloodBench() {}

  static void run(Services s) throws Exception {
    int rate = Integer.getInteger("bench.flood.rate", 2000);
    int seconds = Integer.getInteger("bench.flood.seconds", 60);
    startToolkit();
    HeadlessFx.OpenConsole console = HeadlessFx.openConsole(s);
    Scene scene = console.scene();
    waitFor(() -> !((TableView<?>) scene.lookup("#queueTable")).getItems().isEmpty());

    PulseMeter meter = new PulseMeter(scene, FRAME_MS);
    onFx(meter::install);
    meter.floodAfter(s.messages().maxId());
    AtomicLong stored = new AtomicLong();
    try {
      flood(s, meter, stored, rate, seconds, null);
      report("flood", meter, rate, seconds);
      meter.printSlowest("flood", 8);
      if (Boolean.parseBoolean(System.getProperty("bench.flood.bringIn", "true"))) {
        // a person bringing the arrivals in every 2 s: each click refreshes the whole page
        TableView<?> table = (TableView<?>) scene.lookup("#queueTable");
        List<Long> refreshes = new ArrayList<>();
        long[] clicked = {0};
        onFx(
            () ->
                table
                    .getItems()
                    .addListener(
                        (javafx.collections.ListChangeListener<Object>)
                            c -> {
                              if (clicked[0] != 0) {
                                refreshes.add(System.nanoTime() - clicked[0]);
                                clicked[0] = 0;
                              }
                            }));
        meter.reset();
        flood(
            s,
            meter,
            stored,
            rate,
            seconds,
            () -> {
              Button more = (Button) scene.lookup("#queueNewArrivals");
              if (more.isVisible() && clicked[0] == 0) {
                clicked[0] = System.nanoTime();
                more.fire();
              }
            });
        report("flood_bring_in", meter, rate, seconds);
        meter.printSlowest("flood_bring_in", 8);
        long[] r = refreshes.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(
            Locale.ROOT, "{\"setup\":\"flood_bring_in: %d clicks on N new\"}%n", r.length);
        if (r.length == 0) {
          // the button never showed: the arrivals were never counted (a failure, not a figure)
          System.out.println("{\"note\":\"flood_bring_in: \\\"N new\\\" never showed\"}");
        } else {
          Figures.ceiling("flood_bring_in_refresh_p50", Figures.percentile(r, 0.5), "ms", 100);
          Figures.ceiling("flood_bring_in_refresh_p95", Figures.percentile(r, 0.95), "ms", 100);
        }
      }
    } finally {
      console.close();
      Platform.exit();
    }
  }

  /**
   * Commits rate/10 messages every 100 ms for {@code seconds}; {@code every2s} on the FX thread.
   */
  private static void flood(
      Services s, PulseMeter meter, AtomicLong stored, int rate, int seconds, Runnable every2s)
      throws Exception {
    int perTick = Math.max(1, rate / 10);
    int ticks = seconds * 10;
    ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();
    long t0 = System.nanoTime();
    try {
      CountDownLatch done = new CountDownLatch(ticks);
      feeder.scheduleAtFixedRate(
          () -> {
            if (done.getCount() == 0) {
              return;
            }
            List<IncomingMessage> batch = new ArrayList<>(perTick);
            long from = stored.get();
            for (int i = 0; i < perTick; i++) {
              batch.add(
                  s.messageEnricher().enrich(new IncomingMessage(message(from + i), null, null)));
            }
            s.intakeStore().insert(batch);
            meter.committed(stored.addAndGet(perTick));
            if (every2s != null && done.getCount() % 20 == 0) {
              Platform.runLater(every2s);
            }
            if (Boolean.getBoolean("bench.flood.trace") && done.getCount() % 20 == 0) {
              Platform.runLater(() -> trace(meter));
            }
            done.countDown();
          },
          0,
          100,
          TimeUnit.MILLISECONDS);
      done.await();
      achieved = (ticks * perTick) / ((System.nanoTime() - t0) / 1e9);
      if (every2s == null) {
        waitFor(
            () -> meter.pendingArrivals() == 0 || System.nanoTime() - t0 > (seconds + 10) * 1e9);
      }
    } finally {
      feeder.shutdownNow();
    }
  }

  private static double achieved;

  /** -Dbench.flood.trace=true: every 2 s, what the queue shows (to see why arrivals do not). */
  private static void trace(PulseMeter meter) {
    System.out.println("{\"trace\":\"" + meter.describe() + "\"}");
  }

  /** Arrival times mean something only while nobody brings arrivals in (the count restarts). */
  private static boolean every2sOff(String phase) {
    return phase.equals("flood");
  }

  private static void report(String phase, PulseMeter meter, int rate, int seconds) {
    Figures.compare(
        phase + "_arrival_rate", achieved, "messages/s", rate, "arrival rate asked for");
    long[] pulses = meter.pulses();
    System.out.printf(
        Locale.ROOT,
        "{\"setup\":\"%s: %d s, %d pulses measured, %d over %.1f ms\"}%n",
        phase,
        seconds,
        pulses.length,
        java.util.Arrays.stream(pulses).filter(p -> p > FRAME_MS * 1e6).count(),
        FRAME_MS);
    Figures.ceiling(phase + "_pulse_p99", Figures.percentile(pulses, 0.99), "ms", FRAME_MS);
    Figures.ceiling(phase + "_pulse_max", Figures.percentile(pulses, 1.0), "ms", FRAME_MS);
    long[] visible = meter.arrivals();
    if (every2sOff(phase)) {
      Figures.ceiling(phase + "_arrival_visible_p50", Figures.percentile(visible, 0.5), "ms", 1000);
      Figures.ceiling(
          phase + "_arrival_visible_p99", Figures.percentile(visible, 0.99), "ms", 1000);
    }
  }

  private static final long RUN = System.currentTimeMillis();

  private static Message message(long i) {
    Instant now = Instant.now();
    return new Message(
        0,
        org.firebreak.incident.Platform.X,
        "flood-" + RUN + "-"
            + i, // new ids on every run: a kept database must not take them as repeats
        null,
        "@flood_" + (i % 5000),
        (long) (i % 977),
        "Kettle smoking again, flood message " + i + " #KettleRecall",
        null,
        now,
        now,
        Direction.INBOUND,
        null,
        0,
        0,
        MessageStatus.NEEDS_REPLY,
        null,
        List.of());
  }

  static void startToolkit() throws InterruptedException {
    HeadlessFx.startToolkit();
  }

  static void onFx(Runnable work) throws Exception {
    HeadlessFx.onFx(work);
  }

  interface Check {
    boolean ok() throws Exception;
  }

  static void waitFor(Check check) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (System.nanoTime() < deadline) {
      boolean[] ok = new boolean[1];
      onFx(
          () -> {
            try {
              ok[0] = check.ok();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
      if (ok[0]) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(20);
    }
    throw new IllegalStateException("the queue did not get there in 5 minutes");
  }
}
