package org.firebreak.ui.queue;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.SavedView;
import org.firebreak.store.MessageStore;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The queue's two toolbar rows: views and filters above; search, counts, "select all matching",
 * paging and new arrivals below.
 */
final class QueueToolbar extends VBox {

  final TextField search = new TextField();
  final ComboBox<SavedView> views = new ComboBox<>();

  QueueToolbar(
      QueueViewModel vm,
      I18n i18n,
      Formats formats,
      Consumer<SavedView> applyView,
      Consumer<String> saveView,
      Runnable selectAllMatching,
      javafx.scene.Node intakeSwitch) {
    QueueFilters f = vm.filters();
    views.setId("queueViews");
    views.setPromptText(i18n.get("view.prompt"));
    views.setConverter(
        converter(v -> v == null ? "" : v.builtIn() ? i18n.get(v.builtInKey()) : v.name()));
    views.setOnAction(
        e -> {
          if (views.getValue() != null) {
            applyView.accept(views.getValue());
          }
        });
    Button save = new Button(i18n.get("view.save"));
    save.setId("queueSaveView");
    save.setOnAction(
        e -> {
          TextInputDialog ask = DialogButtons.localise(new TextInputDialog(), i18n);
          ask.initOwner(getScene().getWindow());
          ask.setHeaderText(i18n.get("view.save.header"));
          ask.showAndWait().ifPresent(saveView);
        });

    ComboBox<MessageStatus> status = new ComboBox<>();
    status.setId("queueStatusFilter");
    status.getItems().add(null);
    status.getItems().addAll(FXCollections.observableArrayList(MessageStatus.values()));
    status.setConverter(
        converter(s -> s == null ? i18n.get("queue.filter.all") : i18n.of("status", s)));
    status.valueProperty().bindBidirectional(vm.statusFilterProperty());
    Label statusLabel = new Label(i18n.get("queue.filter.status"));
    statusLabel.setLabelFor(status);
    statusLabel.setMinWidth(Label.USE_PREF_SIZE);

    ComboBox<String> label = new ComboBox<>();
    label.setId("queueLabelFilter");
    label.setPromptText(i18n.get("queue.filter.anyLabel"));
    vm.labels()
        .addListener(
            (javafx.collections.ListChangeListener<org.firebreak.triage.Label>)
                c -> {
                  String chosen = f.labelNameProperty().get();
                  label.getItems().setAll((String) null);
                  vm.labels().forEach(l -> label.getItems().add(l.name()));
                  label.setValue(chosen);
                });
    label.setConverter(converter(s -> s == null ? i18n.get("queue.filter.anyLabel") : s));
    label.valueProperty().bindBidirectional(f.labelNameProperty());

    ToggleButton waiting = new ToggleButton(i18n.get("queue.filter.waitingOnUs"));
    waiting.setId("queueWaitingOnUs");
    waiting.setTooltip(new Tooltip(i18n.get("queue.filter.waitingOnUs.tip")));
    waiting.selectedProperty().bindBidirectional(f.waitingOnUsProperty());
    ToggleButton overdue = new ToggleButton();
    overdue.setId("queueOverdue");
    overdue.setGraphic(new FontIcon("mdi2a-alarm"));
    overdue.getStyleClass().add("fb-overdue-toggle");
    overdue
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    i18n.get(
                        "queue.filter.overdue",
                        countText(vm.overdueCountProperty().get(), formats)),
                vm.overdueCountProperty()));
    overdue.setTooltip(new Tooltip(i18n.get("queue.filter.overdue.tip")));
    overdue.selectedProperty().bindBidirectional(f.overdueProperty());

    javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
    HBox.setHgrow(gap, Priority.ALWAYS);
    HBox filters =
        new HBox(8, views, save, statusLabel, status, label, waiting, overdue, gap, intakeSwitch);
    filters.setAlignment(Pos.CENTER_LEFT);

    search.setId("queueSearch");
    search.setPromptText(i18n.get("queue.search.prompt"));
    search.setOnAction(e -> vm.searchProperty().set(search.getText()));
    Label count = new Label();
    count.setId("queueCount");
    count
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    f.allMatchingProperty().get()
                        ? i18n.get(
                            "queue.allMatching", countText(vm.matchingProperty().get(), formats))
                        : i18n.get(
                            "queue.showing",
                            formats.count(vm.rows().size()),
                            countText(vm.matchingProperty().get(), formats),
                            vm.matchingProperty().get()), // "message" or "messages"
                vm.rows(),
                vm.matchingProperty(),
                f.allMatchingProperty()));
    count
        .styleProperty()
        .bind(Bindings.when(f.allMatchingProperty()).then("-fx-font-weight: bold;").otherwise(""));
    Button all = new Button(i18n.get("queue.selectAllMatching"));
    all.setId("queueSelectAllMatching");
    all.setTooltip(new Tooltip(i18n.get("queue.selectAllMatching.tip")));
    all.disableProperty().bind(vm.matchingProperty().isEqualTo(0));
    all.textProperty()
        .bind(
            Bindings.when(f.allMatchingProperty())
                .then(i18n.get("queue.selectAllMatching.clear"))
                .otherwise(i18n.get("queue.selectAllMatching")));
    all.setOnAction(
        e -> {
          if (f.allMatchingProperty().get()) {
            f.allMatchingProperty().set(false);
          } else {
            selectAllMatching.run();
          }
        });

    Button newer = pageButton("queueNewer", "mdi2c-chevron-left", i18n.get("queue.newer"));
    newer.disableProperty().bind(vm.offsetProperty().isEqualTo(0));
    newer.setOnAction(e -> vm.newer());
    Button older = pageButton("queueOlder", "mdi2c-chevron-right", i18n.get("queue.older"));
    older
        .disableProperty()
        .bind(
            Bindings.createBooleanBinding(
                () -> vm.offsetProperty().get() + vm.rows().size() >= vm.matchingProperty().get(),
                vm.offsetProperty(),
                vm.rows(),
                vm.matchingProperty()));
    older.setOnAction(e -> vm.older());
    Button arrivals = new Button();
    arrivals.setId("queueNewArrivals");
    arrivals.getStyleClass().add("accent");
    arrivals
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> i18n.get("queue.newArrivals", formats.count(vm.newArrivalsProperty().get())),
                vm.newArrivalsProperty()));
    arrivals.visibleProperty().bind(vm.newArrivalsProperty().greaterThan(0));
    arrivals.managedProperty().bind(arrivals.visibleProperty());
    arrivals.setOnAction(e -> vm.showNewest());
    HBox.setHgrow(search, Priority.SOMETIMES);
    HBox second = new HBox(10, search, count, all, newer, older, arrivals);
    second.setAlignment(Pos.CENTER_LEFT);
    setSpacing(6);
    setPadding(new Insets(0, 0, 8, 0));
    getChildren().addAll(filters, second);
  }

  static String countText(long n, Formats formats) {
    return n > MessageStore.COUNT_CAP
        ? formats.count(MessageStore.COUNT_CAP) + "+"
        : formats.count(n);
  }

  private static Button pageButton(String id, String icon, String text) {
    Button b = new Button(null, new FontIcon(icon));
    b.setId(id);
    b.setAccessibleText(text);
    b.setTooltip(new Tooltip(text));
    return b;
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> show) {
    return new StringConverter<>() {
      @Override
      public String toString(T t) {
        return show.apply(t);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException();
      }
    };
  }
}
