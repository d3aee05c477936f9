package org.firebreak.ui.monitor;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.firebreak.incident.Platform;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The Monitor tab: messages per minute by platform, the declaration marked, live counters. */
public final class MonitorView extends BorderPane {

  private final LineChart<Number, Number> chart;
  private final I18n i18n;

  public MonitorView(MonitorViewModel vm, I18n i18n, Formats formats) {
    this.i18n = i18n;
    getStyleClass().add("fb-tab-content");
    Label arrived = new Label();
    arrived.setId("monitorArrived");
    arrived.getStyleClass().add("fb-figure");
    arrived
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.get("monitor.arrived", vm.arrivedProperty().get()),
                vm.arrivedProperty()));
    Label awaiting = new Label();
    awaiting.getStyleClass().add("fb-figure");
    awaiting
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.get("monitor.awaiting", formats.count(vm.awaitingProperty().get())),
                vm.awaitingProperty()));
    Label held = new Label();
    held.setId("monitorHeld");
    held.getStyleClass().add("fb-figure");
    held.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.get("monitor.held", formats.count(vm.heldProperty().get())),
                vm.heldProperty()));
    awaiting.setId("monitorAwaiting");
    HBox counters = new HBox(24, arrived, awaiting, held);
    counters.setPadding(new Insets(0, 0, 8, 0));
    setTop(counters);

    NumberAxis x = new NumberAxis(-MonitorViewModel.MINUTES + 1, 0, 5);
    x.setLabel(i18n.get("monitor.axis.minutes"));
    NumberAxis y = new NumberAxis();
    y.setMinorTickVisible(false);
    y.setTickLabelFormatter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(Number n) {
            return n.doubleValue() == Math.rint(n.doubleValue())
                ? Long.toString(n.longValue())
                : "";
          }

          @Override
          public Number fromString(String s) {
            return Long.parseLong(s);
          }
        });
    y.setLabel(i18n.get("monitor.axis.perMinute"));
    chart = new LineChart<>(x, y);
    chart.setId("volumeChart");
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.setTitle(i18n.get("monitor.title"));
    setCenter(chart);
    Label spike = new Label();
    spike.setId("spikeTerms");
    spike.setWrapText(true);
    spike.getStyleClass().add("fb-spike");
    spike.visibleProperty().bind(spike.textProperty().isNotEmpty());
    setBottom(spike);
    vm.volumeProperty()
        .addListener(
            (o, was, now) -> {
              // a hidden chart is not redrawn (every 15 s, maybe mid-keystroke on the Queue): it
              // is drawn when its tab is shown
              chartStale = !vm.shownProperty().get();
              if (!chartStale) {
                show(now);
              }
              spike.setText(
                  now == null || now.spikes().isEmpty()
                      ? ""
                      : i18n.get(
                          "monitor.spike",
                          formats.time(now.latestSpikeAt()),
                          formats.count(now.spikes().get(now.spikes().size() - 1).rate()),
                          String.join(
                              "  ",
                              now.spikeTerms().entrySet().stream()
                                  .map(e -> e.getKey() + " (" + e.getValue() + ")")
                                  .toList())));
              notifyIfNew(was, now);
            });
    javafx.animation.Timeline poll =
        org.firebreak.ui.common.WhileShown.every(
            this, javafx.util.Duration.seconds(15), () -> vm.refresh());
    org.firebreak.ui.common.WhileShown.every(
        this, javafx.util.Duration.seconds(5), vm::refreshCounters);
    vm.shownProperty()
        .addListener(
            (o, was, now) -> {
              if (now && chartStale) {
                chartStale = false;
                show(vm.volumeProperty().get());
              }
            });
  }

  private java.time.Instant notifiedSpike;
  private boolean chartStale;

  /** A desktop notification the first time a spike is seen (never for one already shown). */
  private void notifyIfNew(MonitorViewModel.Volume was, MonitorViewModel.Volume now) {
    java.time.Instant at = now == null ? null : now.latestSpikeAt();
    if (at == null || at.equals(notifiedSpike)) {
      return;
    }
    boolean first = notifiedSpike == null && was == null;
    notifiedSpike = at;
    if (first
        || getScene() == null
        || getScene().getWindow() == null
        || !getScene().getWindow().isShowing()) {
      return; // opening an incident with an old spike does not ring
    }
    org.firebreak.ui.common.DesktopNotice.warn(
        getScene().getWindow(),
        i18n.get("monitor.spike.title"),
        i18n.get("monitor.spike.notice", now.spikes().get(now.spikes().size() - 1).rate()));
  }

  private void show(MonitorViewModel.Volume volume) {
    chart.getData().clear();
    if (volume == null) {
      return;
    }
    long peak = 1;
    for (Map.Entry<String, long[]> e : volume.perMinute().entrySet()) {
      XYChart.Series<Number, Number> series = new XYChart.Series<>();
      series.setName(Platform.valueOf(e.getKey()).displayName());
      long[] counts = e.getValue();
      for (int m = 0; m < counts.length; m++) {
        series.getData().add(new XYChart.Data<>(m - counts.length + 1, counts[m]));
        peak = Math.max(peak, counts[m]);
      }
      chart.getData().add(series);
    }
    for (var s : volume.spikes()) {
      XYChart.Series<Number, Number> mark = new XYChart.Series<>();
      mark.setName(i18n.get("monitor.spike.legend"));
      int at = s.minute() - MonitorViewModel.MINUTES + 1;
      mark.getData().add(new XYChart.Data<>(at, 0));
      mark.getData().add(new XYChart.Data<>(at, peak));
      chart.getData().add(mark);
    }
    if (volume.declaredMinute() != null) {
      int at = volume.declaredMinute() - MonitorViewModel.MINUTES + 1;
      XYChart.Series<Number, Number> marker = new XYChart.Series<>();
      marker.setName(i18n.get("monitor.declared"));
      marker.getData().add(new XYChart.Data<>(at, 0));
      marker.getData().add(new XYChart.Data<>(at, peak));
      chart.getData().add(marker);
    }
    markMarkers();
  }

  private static final String SPIKE = "fb-spike-marker";
  private static final String DECLARED = "fb-declared-marker";

  /**
   * The chart colours series by their position, so a marker after the seven platforms took the
   * first platform's colour (the declaration drew in Bluesky's orange). Markers get colours of
   * their own (css), and one legend entry each, however many spikes there were. Done once every
   * series is in: adding one resets the style classes of all.
   */
  private void markMarkers() {
    for (XYChart.Series<Number, Number> s : chart.getData()) {
      String marker = marker(s.getName());
      if (marker != null) {
        s.getNode().getStyleClass().add(marker);
      }
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (javafx.scene.Node n : chart.lookupAll(".chart-legend-item")) {
      if (n instanceof Label item && item.getGraphic() != null && marker(item.getText()) != null) {
        item.getGraphic().getStyleClass().add(marker(item.getText()));
        item.setVisible(seen.add(item.getText()));
        item.setManaged(item.isVisible());
      }
    }
  }

  private String marker(String name) {
    return name.equals(i18n.get("monitor.spike.legend"))
        ? SPIKE
        : name.equals(i18n.get("monitor.declared")) ? DECLARED : null;
  }
}
