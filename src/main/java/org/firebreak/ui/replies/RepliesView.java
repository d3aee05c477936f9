package org.firebreak.ui.replies;

import java.time.Duration;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.firebreak.stats.LabelDebt;
import org.firebreak.stats.ReplyDebt;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The Replies tab: reply debt overall and per label, and the burn-down of open messages. */
public final class RepliesView extends BorderPane {

  private final I18n i18n;
  private final Formats formats;

  public RepliesView(RepliesViewModel vm, I18n i18n, Formats formats, Runnable manageLabels) {
    this.i18n = i18n;
    this.formats = formats;
    getStyleClass().add("fb-tab-content");
    Label awaiting =
        figure(
            "repliesAwaiting",
            "fb-figure",
            vm,
            d -> i18n.get("replies.awaiting", formats.count(d.awaiting())));
    Label rate =
        figure(
            "repliesRate",
            "fb-figure-secondary",
            vm,
            d ->
                i18n.get(
                    "replies.rate", formats.count(d.replied15()), formats.count(d.replied60())));
    Label oldest =
        figure(
            "repliesOldest",
            "fb-figure-secondary",
            vm,
            d ->
                d.oldestAge()
                    .map(a -> i18n.get("replies.oldest", duration(a)))
                    .orElse(i18n.get("replies.oldest.none")));
    Label clear =
        figure(
            "repliesClear",
            "fb-figure-secondary",
            vm,
            d ->
                d.projectedClear()
                    .map(p -> i18n.get("replies.clear", duration(p)))
                    .orElse(i18n.get("replies.clear.never")));
    javafx.scene.control.Button manage = new javafx.scene.control.Button(i18n.get("labels.manage"));
    manage.setId("manageLabels");
    manage.setOnAction(e -> manageLabels.run());
    // the figures wrap onto a second line rather than clip when a language needs more words
    javafx.scene.layout.FlowPane flow =
        new javafx.scene.layout.FlowPane(24, 4, awaiting, rate, oldest, clear);
    flow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    for (Label figure : java.util.List.of(awaiting, rate, oldest, clear)) {
      figure.setMinWidth(Label.USE_PREF_SIZE);
    }
    manage.setMinWidth(Label.USE_PREF_SIZE);
    HBox figures = new HBox(12, flow, manage);
    HBox.setHgrow(flow, javafx.scene.layout.Priority.ALWAYS);
    figures.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    figures.setPadding(new Insets(0, 0, 10, 0));
    setTop(figures);

    TableView<LabelDebt> table = new TableView<>(vm.labels());
    table.setId("repliesTable");
    table.setAccessibleText(i18n.get("a11y.repliesTable"));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(new Label(i18n.get("replies.empty")));
    TableColumn<LabelDebt, LabelDebt> name = new TableColumn<>(i18n.get("replies.col.label"));
    name.setPrefWidth(170);
    name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
    name.setCellFactory(
        c ->
            new TableCell<>() {
              @Override
              protected void updateItem(LabelDebt item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                setGraphic(empty || item == null ? null : new Circle(6, colour(item.colour())));
              }
            });
    table
        .getColumns()
        .addAll(
            name,
            column(i18n.get("replies.col.awaiting"), d -> formats.count(d.awaitingReply())),
            column(i18n.get("replies.col.replied15"), d -> formats.count(d.replied15())),
            column(i18n.get("replies.col.replied60"), d -> formats.count(d.replied60())),
            column(
                i18n.get("replies.col.oldest"),
                d ->
                    d.oldestUnanswered() == null
                        ? "\u2014"
                        : formats.age(d.oldestUnanswered(), vm.debtProperty().get().at())),
            column(i18n.get("replies.col.total"), d -> formats.count(d.total())));

    NumberAxis x = new NumberAxis(-120, 0, 10);
    x.setLabel(i18n.get("replies.burndown.axis"));
    NumberAxis y = new NumberAxis();
    y.setLabel(i18n.get("replies.burndown.open"));
    LineChart<Number, Number> burn = new LineChart<>(x, y);
    burn.setId("burnDownChart");
    burn.setTitle(i18n.get("replies.burndown.title"));
    burn.setAnimated(false);
    burn.setLegendVisible(false);
    vm.debtProperty()
        .addListener(
            (o, was, d) -> {
              XYChart.Series<Number, Number> series = new XYChart.Series<>();
              for (ReplyDebt.BurnPoint p : d.burnDown()) {
                series
                    .getData()
                    .add(
                        new XYChart.Data<>(
                            -Duration.between(p.at(), d.at()).toMinutes(), p.open()));
              }
              burn.getData().setAll(java.util.List.of(series));
            });

    SplitPane split = new SplitPane(table, new VBox(burn));
    VBox.setVgrow(burn, javafx.scene.layout.Priority.ALWAYS);
    split.setDividerPositions(0.6);
    setCenter(split);
  }

  /** Opens the label manager. */
  public static void manageLabels(
      javafx.stage.Window owner,
      org.firebreak.app.Services services,
      org.firebreak.ui.common.TaskRunner runner,
      org.firebreak.ui.common.DataChanged dataChanged,
      I18n i18n,
      java.util.function.Consumer<Throwable> onFailure) {
    new LabelsDialog(
            owner,
            services.labelService(),
            services.labels(),
            runner,
            dataChanged,
            i18n,
            System.getProperty("user.name", "user"),
            onFailure)
        .show();
  }

  private Label figure(
      String id, String style, RepliesViewModel vm, Function<ReplyDebt, String> text) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add(style);
    l.textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> vm.debtProperty().get() == null ? "" : text.apply(vm.debtProperty().get()),
                vm.debtProperty()));
    return l;
  }

  private String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes < 60
        ? i18n.get("duration.minutes", minutes)
        : i18n.get("duration.hours", minutes / 60, minutes % 60);
  }

  private static TableColumn<LabelDebt, String> column(
      String title, Function<LabelDebt, String> value) {
    TableColumn<LabelDebt, String> c = new TableColumn<>(title);
    c.setPrefWidth(110);
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    return c;
  }

  private static Color colour(String web) {
    try {
      return Color.web(web);
    } catch (IllegalArgumentException e) {
      return Color.GRAY;
    }
  }
}
