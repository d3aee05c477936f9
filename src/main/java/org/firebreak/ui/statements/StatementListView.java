package org.firebreak.ui.statements;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.firebreak.statements.StatementSummary;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The incident's statements: kind, title, state, spokesperson and version. */
final class StatementListView extends ListView<StatementSummary> {

  StatementListView(StatementsViewModel vm, I18n i18n, Formats formats) {
    super(vm.items());
    setId("statementsList");
    setAccessibleText(i18n.get("a11y.statementsList"));
    setPlaceholder(new Label(i18n.get("statements.empty")));
    setCellFactory(v -> new Cell(i18n, formats));
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, s) -> {
              if (s != null && (was == null || was.id() != s.id())) {
                vm.select(s.id());
              }
            });
    // keep the selection on the statement the model shows (after create, refresh, alternative)
    Runnable follow =
        () -> {
          Long id = vm.selectedIdProperty().get();
          if (id == null && !vm.items().isEmpty()) {
            getSelectionModel().selectFirst();
            return;
          }
          for (int i = 0; i < vm.items().size(); i++) {
            if (id != null && vm.items().get(i).id() == id) {
              if (getSelectionModel().getSelectedIndex() != i) {
                getSelectionModel().select(i);
              }
              return;
            }
          }
        };
    vm.items().addListener((ListChangeListener<StatementSummary>) c -> follow.run());
    vm.selectedIdProperty().addListener((o, was, now) -> follow.run());
  }

  private static final class Cell extends ListCell<StatementSummary> {
    private final I18n i18n;
    private final Formats formats;
    private final Label kind = new Label();
    private final Label title = new Label();
    private final Label state = new Label();
    private final Label meta = new Label();
    private final VBox box;

    Cell(I18n i18n, Formats formats) {
      this.i18n = i18n;
      this.formats = formats;
      kind.getStyleClass().add("fb-statement-kind");
      title.getStyleClass().add("fb-statement-title");
      state.getStyleClass().add("fb-statement-state");
      meta.getStyleClass().add("fb-statement-meta");
      Region spacer = new Region();
      HBox.setHgrow(spacer, Priority.ALWAYS);
      HBox top = new HBox(6, kind, spacer, state);
      top.setAlignment(Pos.CENTER_LEFT);
      box = new VBox(2, top, title, meta);
    }

    @Override
    protected void updateItem(StatementSummary s, boolean empty) {
      super.updateItem(s, empty);
      setText(null);
      if (empty || s == null) {
        setGraphic(null);
        return;
      }
      kind.setText(i18n.of("statement.kind", s.kind()));
      title.setText(s.title());
      state.setText(i18n.of("statement.state", s.state()));
      StatementBadges.state(state, s.state());
      meta.setText(
          i18n.get(
              "statements.meta",
              s.spokesperson() == null ? "\u2014" : s.spokesperson(),
              s.version(),
              formats.time(s.updatedAt())));
      setGraphic(box);
    }
  }
}
