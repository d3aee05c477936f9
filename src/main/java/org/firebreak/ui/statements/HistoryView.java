package org.firebreak.ui.statements;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.firebreak.statements.StatementVersion;
import org.firebreak.statements.WordDiff;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** Every version of the draft, and what changed between two of them, word by word. */
final class HistoryView extends SplitPane {

  HistoryView(HistoryViewModel vm, I18n i18n, Formats formats) {
    ListView<StatementVersion> list = new ListView<>(vm.versions());
    list.setId("versionsList");
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(StatementVersion s, boolean empty) {
                super.updateItem(s, empty);
                setText(
                    empty || s == null
                        ? null
                        : i18n.get(
                                "statements.version",
                                s.version(),
                                s.author(),
                                formats.time(s.createdAt()))
                            + (s.conflict()
                                ? " \u00b7 "
                                    + i18n.get("statements.version.conflict", s.conflictBase())
                                : ""));
              }
            });

    ComboBox<Integer> from = new ComboBox<>(FXCollections.observableArrayList());
    from.setId("diffFrom");
    from.valueProperty().bindBidirectional(vm.fromProperty());
    ComboBox<Integer> to = new ComboBox<>(FXCollections.observableArrayList());
    to.setId("diffTo");
    to.valueProperty().bindBidirectional(vm.toProperty());
    vm.versions()
        .addListener(
            (ListChangeListener<StatementVersion>)
                c -> {
                  var numbers = vm.versions().stream().map(StatementVersion::version).toList();
                  Integer a = vm.fromProperty().get();
                  Integer b = vm.toProperty().get();
                  from.getItems().setAll(numbers);
                  to.getItems().setAll(numbers);
                  vm.fromProperty().set(a);
                  vm.toProperty().set(b);
                });
    HBox pick =
        new HBox(
            8,
            new Label(i18n.get("statements.diff.from")),
            from,
            new Label(i18n.get("statements.diff.to")),
            to);
    pick.setAlignment(Pos.CENTER_LEFT);

    TextFlow diff = new TextFlow();
    diff.setId("diffView");
    diff.getStyleClass().add("fb-diff");
    vm.diffProperty().addListener((o, was, d) -> render(diff, d, i18n));
    ScrollPane scroll = new ScrollPane(diff);
    scroll.setFitToWidth(true);
    VBox.setVgrow(scroll, Priority.ALWAYS);
    Label legend = new Label(i18n.get("statements.diff.legend"));
    legend.getStyleClass().add("fb-statement-meta");
    VBox right = new VBox(8, pick, legend, scroll);
    getItems().addAll(list, right);
    setDividerPositions(0.35);
  }

  private static void render(TextFlow flow, WordDiff d, I18n i18n) {
    flow.getChildren().clear();
    if (d == null) {
      return;
    }
    if (d.unchanged()) {
      flow.getChildren().add(new Text(i18n.get("statements.diff.same") + "\n\n"));
    }
    for (WordDiff.Segment s : d.segments()) {
      Text t = new Text(s.text());
      t.getStyleClass().add("fb-diff-" + s.change().name().toLowerCase(java.util.Locale.ROOT));
      flow.getChildren().add(t);
    }
  }
}
