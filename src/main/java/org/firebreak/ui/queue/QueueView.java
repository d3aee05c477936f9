package org.firebreak.ui.queue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.store.MessageStore;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TriageService;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Queue tab: every message, newest first, filtered by the database. */
public final class QueueView extends BorderPane {

  private final TableView<Message> table;
  private final TextField search = new TextField();
  private final QueueViewModel vm;
  private final TriageActions actions;
  private final I18n i18n;
  private final Consumer<String> openLink;
  private final java.util.function.Supplier<String> hubUrl;
  private Set<Long> anchorIds = Set.of();
  private int anchorIndex;

  public QueueView(
      QueueViewModel vm,
      TriageActions actions,
      MessageStore messages,
      TriageService triage,
      TaskRunner runner,
      I18n i18n,
      Formats formats,
      Clock clock,
      Consumer<String> openLink,
      java.util.function.Supplier<String> hubUrl) {
    this.vm = vm;
    this.actions = actions;
    this.i18n = i18n;
    this.openLink = openLink;
    this.hubUrl = hubUrl;
    getStyleClass().add("fb-tab-content");
    ComboBox<MessageStatus> status = new ComboBox<>();
    status.setId("queueStatusFilter");
    status.getItems().add(null);
    status.getItems().addAll(FXCollections.observableArrayList(MessageStatus.values()));
    status.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(MessageStatus s) {
            return s == null ? i18n.get("queue.filter.all") : i18n.of("status", s);
          }

          @Override
          public MessageStatus fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    status.valueProperty().bindBidirectional(vm.statusFilterProperty());
    Label filterLabel = new Label(i18n.get("queue.filter.status"));
    filterLabel.setLabelFor(status);
    search.setId("queueSearch");
    search.setPromptText(i18n.get("queue.search.prompt"));
    search.setOnAction(e -> vm.searchProperty().set(search.getText()));

    Label count = new Label();
    count.setId("queueCount");
    count
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () ->
                    i18n.get(
                        "queue.showing",
                        formats.count(vm.rows().size()),
                        vm.matchingProperty().get() > MessageStore.COUNT_CAP
                            ? formats.count(MessageStore.COUNT_CAP) + "+"
                            : formats.count(vm.matchingProperty().get())),
                vm.rows(),
                vm.matchingProperty()));

    Button newer = new Button(null, new FontIcon("mdi2c-chevron-left"));
    newer.setId("queueNewer");
    newer.setAccessibleText(i18n.get("queue.newer"));
    newer.setTooltip(new javafx.scene.control.Tooltip(i18n.get("queue.newer")));
    newer.disableProperty().bind(vm.offsetProperty().isEqualTo(0));
    newer.setOnAction(e -> vm.newer());
    Button older = new Button(null, new FontIcon("mdi2c-chevron-right"));
    older.setId("queueOlder");
    older.setAccessibleText(i18n.get("queue.older"));
    older.setTooltip(new javafx.scene.control.Tooltip(i18n.get("queue.older")));
    older
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
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
            javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("queue.newArrivals", formats.count(vm.newArrivalsProperty().get())),
                vm.newArrivalsProperty()));
    arrivals.visibleProperty().bind(vm.newArrivalsProperty().greaterThan(0));
    arrivals.managedProperty().bind(arrivals.visibleProperty());
    arrivals.setOnAction(e -> vm.showNewest());
    javafx.animation.Timeline poll =
        org.firebreak.ui.common.WhileShown.every(
            this, javafx.util.Duration.seconds(2), () -> vm.pollArrivals());

    HBox toolbar = new HBox(10, filterLabel, status, search, count, newer, older, arrivals);
    toolbar.setAlignment(Pos.CENTER_LEFT);
    toolbar.setPadding(new Insets(0, 0, 8, 0));
    HBox.setHgrow(search, Priority.SOMETIMES);
    setTop(toolbar);

    table = new TableView<>(vm.rows());
    table.setId("queueTable");
    table.setAccessibleText(i18n.get("a11y.queueTable"));
    table.setFixedCellSize(28);
    table.setTableMenuButtonVisible(true); // a person can show or hide columns
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.setPlaceholder(new Label(i18n.get("queue.empty")));
    table
        .getColumns()
        .addAll(
            column(i18n.get("queue.col.time"), 78, m -> formats.time(m.receivedAt())),
            column(i18n.get("queue.col.platform"), 88, m -> m.platform().displayName()),
            column(
                i18n.get("queue.col.author"),
                150,
                m -> m.author() + "  (" + formats.reach(m.authorReach()) + ")"),
            textColumn(i18n.get("queue.col.text")),
            column(
                i18n.get("queue.col.sentiment"),
                84,
                m -> String.format(i18n.locale(), "%+.2f", m.sentiment())),
            column(i18n.get("queue.col.priority"), 76, m -> Integer.toString(m.priority())),
            column(i18n.get("queue.col.labels"), 120, m -> String.join(", ", m.labels())),
            column(i18n.get("queue.col.status"), 100, m -> i18n.of("status", m.status())),
            column(
                i18n.get("queue.col.assignee"), 100, m -> m.assignee() == null ? "" : m.assignee()),
            column(
                i18n.get("queue.col.age"), 50, m -> formats.age(m.receivedAt(), clock.instant())));

    // sentiment already weighs in the priority; it is one click away in the column menu
    table.getColumns().get(4).setVisible(false);
    MessageDetailView detail = new MessageDetailView(i18n, formats, openLink);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((o, was, now) -> detail.load(now, messages, triage, runner));
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener((ListChangeListener<Message>) c -> rememberSelection());
    // after the table itself has reacted to the new rows, which clears its selection
    vm.rows()
        .addListener(
            (ListChangeListener<Message>)
                c -> javafx.application.Platform.runLater(this::restoreSelection));

    SplitPane split = new SplitPane(table, detail);
    split.setDividerPositions(0.8);
    setCenter(split);

    Label result = new Label();
    result.setId("triageResult");
    result.textProperty().bind(actions.lastResultProperty());
    Label keys = new Label(i18n.get("queue.keys.hint"));
    keys.getStyleClass().add("fb-figure-secondary");
    HBox bottom = new HBox(16, keys, result);
    bottom.setPadding(new Insets(6, 0, 0, 0));
    setBottom(bottom);

    new QueueKeyboard(
        table,
        vm,
        actions,
        new QueueKeyboard.Dialogs() {
          @Override
          public void reply(List<Message> selected) {
            openReply(selected);
          }

          @Override
          public void assign(List<Long> ids) {
            openAssign(ids);
          }

          @Override
          public void focusSearch() {
            search.requestFocus();
          }

          @Override
          public void showKeys() {
            Alert help =
                org.firebreak.ui.common.DialogButtons.alert(
                    Alert.AlertType.INFORMATION, i18n.get("queue.keys.all"), i18n);
            help.initOwner(getScene().getWindow());
            help.setHeaderText(i18n.get("queue.keys.title"));
            help.show();
          }
        });
  }

  private void rememberSelection() {
    List<Message> selected = table.getSelectionModel().getSelectedItems();
    if (!selected.isEmpty()) {
      anchorIds = selected.stream().map(Message::id).collect(Collectors.toSet());
      anchorIndex = table.getSelectionModel().getSelectedIndex();
    }
  }

  /**
   * After a refresh, the same messages stay selected; a message that left the view gives way to its
   * neighbour.
   */
  private void restoreSelection() {
    if (vm.rows().isEmpty() || anchorIds.isEmpty()) {
      return;
    }
    Set<Long> wanted = anchorIds;
    int index = anchorIndex;
    table.getSelectionModel().clearSelection();
    boolean any = false;
    for (int i = 0; i < vm.rows().size(); i++) {
      if (wanted.contains(vm.rows().get(i).id())) {
        table.getSelectionModel().select(i);
        any = true;
      }
    }
    if (!any) {
      table.getSelectionModel().select(Math.min(index, vm.rows().size() - 1));
    }
  }

  private void openReply(List<Message> selected) {
    if (selected.isEmpty()) {
      return;
    }
    new ReplyDialog(getScene().getWindow(), selected, i18n, openLink, hubUrl.get())
        .showAndWait()
        .ifPresent(text -> actions.reply(selected.stream().map(Message::id).toList(), text));
    table.requestFocus();
  }

  private void openAssign(List<Long> ids) {
    if (ids.isEmpty() || vm.team().isEmpty()) {
      return;
    }
    List<String> names = vm.team().stream().map(TeamMember::name).toList();
    ChoiceDialog<String> dialog =
        org.firebreak.ui.common.DialogButtons.localise(
            new ChoiceDialog<>(names.get(0), names), i18n);
    dialog.initOwner(getScene().getWindow());
    dialog.setHeaderText(i18n.get("assign.header", ids.size()));
    dialog.showAndWait().ifPresent(person -> actions.assign(ids, person));
    table.requestFocus();
  }

  /** Focus for keyboard triage. */
  public void focusTable() {
    table.requestFocus();
    if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
      table.getSelectionModel().select(0);
    }
  }

  private static TableColumn<Message, String> column(
      String title, double width, Function<Message, String> value) {
    TableColumn<Message, String> c = new TableColumn<>(title);
    c.setPrefWidth(width);
    c.setMinWidth(width);
    c.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
    c.setSortable(false);
    return c;
  }

  private static TableColumn<Message, String> textColumn(String title) {
    TableColumn<Message, String> c = column(title, 420, Message::text);
    c.setMinWidth(150);
    c.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                // plain text only: a message is never interpreted, and bidi controls are shown, not
                // applied
                setText(empty ? null : item);
              }
            });
    return c;
  }

  private static ObservableValue<String> constant(String s) {
    return new ReadOnlyObjectWrapper<>(s);
  }
}
