package org.firebreak.ui.statements;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.firebreak.statements.StatementSummary;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/** The Statements tab: drafts and published statements, with the selected one's text. */
public final class StatementsView extends BorderPane {

  public StatementsView(StatementsViewModel vm, I18n i18n, Formats formats) {
    getStyleClass().add("fb-tab-content");
    ListView<StatementSummary> list = new ListView<>(vm.items());
    list.setId("statementsList");
    list.setPlaceholder(new Label(i18n.get("statements.empty")));
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(StatementSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                  setText(null);
                  return;
                }
                setText(
                    s.title()
                        + "\n"
                        + i18n.of("statement.kind", s.kind())
                        + " \u00b7 "
                        + i18n.of("statement.state", s.state())
                        + " \u00b7 v"
                        + s.version()
                        + " \u00b7 "
                        + formats.time(s.updatedAt()));
              }
            });

    Label spokesperson = new Label();
    spokesperson.getStyleClass().add("fb-figure-secondary");
    TextArea text = new TextArea();
    text.setId("statementText");
    text.setEditable(false);
    text.setWrapText(true);
    VBox detail = new VBox(8, spokesperson, text);
    detail.setPadding(new Insets(0, 0, 0, 10));
    VBox.setVgrow(text, javafx.scene.layout.Priority.ALWAYS);
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, s) -> {
              text.setText(s == null ? "" : s.text());
              spokesperson.setText(
                  s == null
                      ? ""
                      : i18n.get(
                          "statements.spokesperson",
                          s.spokesperson() == null ? "\u2014" : s.spokesperson()));
            });
    vm.items()
        .addListener(
            (javafx.collections.ListChangeListener<StatementSummary>)
                c -> {
                  if (!vm.items().isEmpty() && list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().selectFirst();
                  }
                });
    SplitPane split = new SplitPane(list, detail);
    split.setDividerPositions(0.4);
    setCenter(split);
  }
}
