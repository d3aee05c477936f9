package org.firebreak.ui.queue;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.SavedView;
import org.firebreak.triage.TeamMember;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The Queue tab: every message, filtered, sorted and paged by the database. */
public final class QueueView extends BorderPane {

  private final TableView<Message> table;
  private final QueueViewModel vm;
  private final TriageActions actions;
  private final I18n i18n;
  private final QueueToolbar toolbar;
  private final QueueDependencies deps;
  private Set<Long> anchorIds = Set.of();
  private int anchorIndex;

  public QueueView(
      QueueViewModel vm,
      TriageActions actions,
      QueueDependencies deps,
      I18n i18n,
      Formats formats,
      javafx.scene.Node intakeSwitch) {
    this.vm = vm;
    this.actions = actions;
    this.i18n = i18n;
    this.deps = deps;
    getStyleClass().add("fb-tab-content");
    table = new TableView<>(vm.rows());
    toolbar =
        new QueueToolbar(
            vm,
            i18n,
            formats,
            this::applyView,
            this::saveView,
            this::selectAllMatching,
            intakeSwitch);
    setTop(toolbar);
    org.firebreak.ui.common.WhileShown.every(
        this,
        javafx.util.Duration.millis(500),
        () -> vm.pollArrivals()); // arrivals seen within 1 s
    deps.loadViews(toolbar.views.getItems());

    table.setId("queueTable");
    table.setAccessibleText(i18n.get("a11y.queueTable"));
    table.setFixedCellSize(28);
    table.setTableMenuButtonVisible(true); // a person can show or hide columns
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    Label placeholder = new Label();
    placeholder.setId("queuePlaceholder");
    // an empty result of a search or filter is not an empty incident
    placeholder
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(
                    vm.searchProperty().isEmpty().and(vm.statusFilterProperty().isNull()))
                .then(i18n.get("queue.empty"))
                .otherwise(i18n.get("queue.noMatch")));
    table.setPlaceholder(placeholder);
    new QueueColumns().install(table, vm, i18n, formats, deps.clock());
    MessageDetailView detail = new MessageDetailView(i18n, formats, deps.openLink(), deps);
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> detail.load(now));
    table
        .getSelectionModel()
        .getSelectedItems()
        .addListener((ListChangeListener<Message>) c -> rememberSelection());
    // the table's selection model listens to the rows first (it was given them above) and clears
    // its selection; putting it back in the same change leaves no moment where a key acts on
    // nothing
    vm.rows().addListener((ListChangeListener<Message>) c -> restoreSelection());
    vm.updatingRowsProperty()
        .addListener(
            (o, was, updating) -> {
              if (!updating) {
                rememberSelection();
                // the selected message changed in place (a triage key): show it fresh, without
                // emptying the pane first
                int at = table.getSelectionModel().getSelectedIndex();
                detail.refresh(at < 0 || at >= vm.rows().size() ? null : vm.rows().get(at));
              }
            });

    SplitPane split = new SplitPane(table, detail);
    split.setDividerPositions(0.76);
    setCenter(split);

    Label result = new Label();
    result.setId("triageResult");
    result.textProperty().bind(actions.lastResultProperty());
    Label keys = new Label(i18n.get("queue.keys.hint"));
    keys.getStyleClass().add("fb-figure-secondary");
    HBox bottom = new HBox(16, overdueOffer(), keys, result);
    bottom.setAlignment(Pos.CENTER_LEFT);
    bottom.setPadding(new Insets(6, 0, 0, 0));
    setBottom(bottom);

    actions.bulkScope(
        deps.messages(),
        () ->
            vm.filters().allMatchingProperty().get()
                ? java.util.Optional.of(vm.query())
                : java.util.Optional.empty(),
        new BulkDialogs(() -> getScene().getWindow(), i18n, formats));
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
            toolbar.search.requestFocus();
          }

          @Override
          public void focusNote() {
            detail.focusNote();
          }

          @Override
          public void selectAllMatching() {
            QueueView.this.selectAllMatching();
          }

          @Override
          public void showKeys() {
            Alert help =
                DialogButtons.alert(Alert.AlertType.INFORMATION, i18n.get("queue.keys.all"), i18n);
            help.initOwner(getScene().getWindow());
            help.setHeaderText(i18n.get("queue.keys.title"));
            help.show();
          }
        });
  }

  /** While "Overdue" is on: escalate or reassign every message past its target, in one step. */
  private HBox overdueOffer() {
    Button escalate = new Button(i18n.get("queue.overdue.escalate"));
    escalate.setId("overdueEscalate");
    escalate.setOnAction(
        e -> {
          selectAllMatching();
          actions.setStatus(List.of(), MessageStatus.ESCALATED);
        });
    Button reassign = new Button(i18n.get("queue.overdue.reassign"));
    reassign.setId("overdueReassign");
    reassign.setOnAction(
        e -> {
          selectAllMatching();
          openAssign(List.of());
        });
    HBox offer = new HBox(8, escalate, reassign);
    offer
        .visibleProperty()
        .bind(vm.filters().overdueProperty().and(vm.matchingProperty().greaterThan(0)));
    offer.managedProperty().bind(offer.visibleProperty());
    return offer;
  }

  private void selectAllMatching() {
    vm.filters().allMatchingProperty().set(true);
  }

  private void applyView(SavedView view) {
    table.getSortOrder().clear();
    vm.apply(view);
    table.requestFocus();
  }

  private void saveView(String name) {
    deps.saveView(name, vm.currentView(), toolbar.views.getItems());
  }

  private void rememberSelection() {
    List<Message> selected = table.getSelectionModel().getSelectedItems();
    if (!selected.isEmpty() && !vm.updatingRowsProperty().get()) {
      anchorIds = selected.stream().map(Message::id).collect(Collectors.toSet());
      anchorIndex = table.getSelectionModel().getSelectedIndex();
      // choosing rows by hand ends "all matching"
      if (selected.size() == 1) {
        vm.filters().allMatchingProperty().set(false);
      }
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
    if (alreadySelected(wanted)) {
      // the same rows are still selected (a row changed in place): touching the selection would
      // empty the detail pane and lay it out twice for nothing
      return;
    }
    boolean all = vm.filters().allMatchingProperty().get();
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
    vm.filters().allMatchingProperty().set(all);
  }

  /** True when exactly the rows holding {@code wanted} are selected, and at least one is. */
  private boolean alreadySelected(Set<Long> wanted) {
    List<Integer> selected = table.getSelectionModel().getSelectedIndices();
    if (selected.isEmpty()) {
      return false;
    }
    int found = 0;
    for (int i = 0; i < vm.rows().size(); i++) {
      if (wanted.contains(vm.rows().get(i).id())) {
        if (!selected.contains(i)) {
          return false;
        }
        found++;
      }
    }
    return found == selected.size();
  }

  private void openReply(List<Message> selected) {
    if (selected.isEmpty() && !actions.allMatching()) {
      return;
    }
    deps.composeReply(
        getScene().getWindow(),
        selected,
        actions.allMatching(),
        text -> actions.reply(selected.stream().map(Message::id).toList(), text));
    table.requestFocus();
  }

  private void openAssign(List<Long> ids) {
    if ((ids.isEmpty() && !actions.allMatching()) || vm.team().isEmpty()) {
      return;
    }
    List<String> names = vm.team().stream().map(TeamMember::name).toList();
    List<String> shown =
        names.stream()
            .map(n -> i18n.get("assign.load", n, vm.openLoad().getOrDefault(n, 0L)))
            .toList();
    ChoiceDialog<String> dialog =
        DialogButtons.localise(new ChoiceDialog<>(shown.get(0), shown), i18n);
    dialog.initOwner(getScene().getWindow());
    dialog.getDialogPane().setId("assignDialog");
    dialog.setHeaderText(
        actions.allMatching()
            ? i18n.get("assign.header.all")
            : i18n.get("assign.header", ids.size()));
    dialog.showAndWait().ifPresent(choice -> actions.assign(ids, names.get(shown.indexOf(choice))));
    table.requestFocus();
  }

  /** Focus for keyboard triage. */
  public void focusTable() {
    table.requestFocus();
    if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
      table.getSelectionModel().select(0);
    }
  }

  /** Where the queue's views reach beyond themselves (stores, dialogs, the browser). */
  public interface QueueDependencies extends MessageDetailView.Source {
    org.firebreak.store.MessageStore messages();

    Clock clock();

    Consumer<String> openLink();

    /** Fills the list with the saved views (built-in and the team's), in the background. */
    void loadViews(javafx.collections.ObservableList<SavedView> into);

    void saveView(
        String name, SavedView current, javafx.collections.ObservableList<SavedView> into);

    /** Opens the reply dialog (snippets and label answers loaded first), then hands the text on. */
    void composeReply(
        javafx.stage.Window owner,
        List<Message> selected,
        boolean allMatching,
        Consumer<String> send);
  }
}
