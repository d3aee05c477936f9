package org.firebreak.bench;

import com.sun.javafx.tk.TKPulseListener;
import com.sun.javafx.tk.Toolkit;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;

/**
 * Times every FX pulse in three parts, and notes when each committed batch first shows in the "N
 * new" button. The parts: from the toolkit's first pulse listener to the scene's pre-layout
 * listener (animations and timelines, the queue's arrival poll among them), CSS and layout (to the
 * post-layout listener), then the sync to the renderer (to the last scene listener). For the
 * slowest pulses it also keeps the garbage collection time that fell inside them and whether the "N
 * new" button changed its text.
 */
final class PulseMeter {

  /** One slow pulse and where its time went, in milliseconds. */
  record Slow(
      double total,
      double animations,
      double cssLayout,
      double sync,
      double gc,
      boolean arrivalsTextChanged,
      double atSeconds) {}

  private final Scene scene;
  private final List<Long> pulses = new ArrayList<>();
  private final List<Slow> slow = new ArrayList<>();
  private final ArrayDeque<long[]> pending = new ArrayDeque<>();
  private final List<Long> arrivals = new ArrayList<>();
  private final List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
  private final long slowNanos;
  private final long t0 = System.nanoTime();
  private long start;
  private long preLayout;
  private long postLayout;
  private long gcAtStart;
  private String arrivalsText = "";
  private long baseline = -1;
  // the toolkit keeps pulse listeners weakly: these fields hold them
  private TKPulseListener first;
  private TKPulseListener last;

  PulseMeter(Scene scene, double slowMs) {
    this.scene = scene;
    this.slowNanos = (long) (slowMs * 1e6);
  }

  void install() {
    first =
        () -> {
          start = System.nanoTime();
          preLayout = 0;
          postLayout = 0;
          gcAtStart = gcMillis();
        };
    last = () -> pulseEnded(System.nanoTime());
    Toolkit.getToolkit().addStageTkPulseListener(first);
    Toolkit.getToolkit().addPostSceneTkPulseListener(last);
    scene.addPreLayoutPulseListener(() -> preLayout = System.nanoTime());
    scene.addPostLayoutPulseListener(() -> postLayout = System.nanoTime());
  }

  private long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : gcs) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  private synchronized void pulseEnded(long now) {
    String text = arrivalsText();
    if (start != 0) {
      long took = now - start;
      pulses.add(took);
      if (took > slowNanos) {
        long pre = preLayout == 0 ? start : preLayout;
        long post = postLayout == 0 ? pre : postLayout;
        slow.add(
            new Slow(
                took / 1e6,
                (pre - start) / 1e6,
                (post - pre) / 1e6,
                (now - post) / 1e6,
                gcMillis() - gcAtStart,
                !text.equals(arrivalsText),
                (start - t0) / 1e9));
      }
    }
    arrivalsText = text;
    shown(now);
  }

  private String arrivalsText() {
    Node node = scene.lookup("#queueNewArrivals");
    return node instanceof Button b && b.isVisible() ? b.getText() : "";
  }

  /**
   * The highest message id before the flood: a flood message then counts as shown once the page's
   * newest row and the "N new" count together reach it (a refresh that brings some arrivals onto
   * the page restarts the button's count from there).
   */
  synchronized void floodAfter(long maxId) {
    baseline = maxId;
  }

  private long newestOnPage() {
    if (baseline < 0
        || !(scene.lookup("#queueTable") instanceof javafx.scene.control.TableView<?> t)
        || t.getItems().isEmpty()
        || !(t.getItems().get(0) instanceof org.firebreak.queue.Message m)) {
      return 0;
    }
    return Math.max(0, m.id() - baseline);
  }

  synchronized String describe() {
    return "button '"
        + arrivalsText()
        + "', newest on page +"
        + newestOnPage()
        + ", pending "
        + pending.size()
        + (pending.isEmpty() ? "" : " (first total " + pending.peek()[1] + ")");
  }

  synchronized void committed(long total) {
    pending.add(new long[] {System.nanoTime(), total});
  }

  synchronized int pendingArrivals() {
    return pending.size();
  }

  private void shown(long now) {
    String digits = arrivalsText.split(" ")[0].replaceAll("[^0-9]", "");
    long count = (digits.isEmpty() ? 0 : Long.parseLong(digits)) + newestOnPage();
    while (!pending.isEmpty() && pending.peek()[1] <= count) {
      arrivals.add(now - pending.poll()[0]);
    }
  }

  /** Forgets what was measured so far (a new phase starts). */
  synchronized void reset() {
    pulses.clear();
    slow.clear();
    arrivals.clear();
  }

  synchronized long[] pulses() {
    return pulses.stream().mapToLong(Long::longValue).toArray();
  }

  synchronized long[] arrivals() {
    return arrivals.stream().mapToLong(Long::longValue).toArray();
  }

  /** Prints the slowest pulses, one JSON line each, with where their time went. */
  synchronized void printSlowest(String phase, int count) {
    slow.stream()
        .sorted(Comparator.comparingDouble(Slow::total).reversed())
        .limit(count)
        .forEach(
            p ->
                System.out.printf(
                    Locale.ROOT,
                    "{\"slow_pulse\":\"%s\",\"ms\":%.1f,\"animations_ms\":%.1f,"
                        + "\"css_layout_ms\":%.1f,\"sync_ms\":%.1f,\"gc_ms\":%.0f,"
                        + "\"arrivals_text_changed\":%s,\"at_s\":%.1f}%n",
                    phase,
                    p.total(),
                    p.animations(),
                    p.cssLayout(),
                    p.sync(),
                    p.gc(),
                    p.arrivalsTextChanged(),
                    p.atSeconds()));
  }
}
