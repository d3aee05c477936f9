package org.firebreak.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.firebreak.incident.Cause;
import org.firebreak.plan.CrisisType;
import org.firebreak.plan.PlanRuleException;
import org.firebreak.plan.Playbook;
import org.firebreak.plan.PlaybookLines;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.header.DeclareIncidentDialog;

/**
 * Writes or changes a playbook: one entry a line in each box. A line that cannot be read keeps the
 * dialog open and names the box and the line.
 */
final class PlaybookEditorDialog extends Dialog<Playbook> {

  private final GridPane grid = new GridPane();
  private int row;

  static void ask(Window owner, I18n i18n, Playbook editing, Consumer<Playbook> save) {
    new PlaybookEditorDialog(owner, i18n, editing).showAndWait().ifPresent(save);
  }

  private PlaybookEditorDialog(Window owner, I18n i18n, Playbook editing) {
    initOwner(owner);
    setTitle(i18n.get(editing == null ? "playbook.add" : "playbook.edit"));
    setResizable(true);
    Playbook p = editing == null ? blank(i18n) : editing;
    grid.setHgap(10);
    grid.setVgap(8);
    TextField name = add(i18n, "playbook.field.name", new TextField(p.name()), "playbookName");
    ComboBox<String> language =
        add(
            i18n,
            "playbook.field.language",
            new ComboBox<>(FXCollections.observableArrayList("en", "id")),
            "playbookLanguage");
    language.setValue(p.language());
    ComboBox<CrisisType> type =
        add(
            i18n,
            "playbook.field.type",
            new ComboBox<>(FXCollections.observableArrayList(CrisisType.values())),
            "playbookType");
    type.setConverter(DeclareIncidentDialog.enumConverter(i18n, "crisisType"));
    type.setValue(p.type());
    ComboBox<Cause> cause =
        add(
            i18n,
            "declare.cause",
            new ComboBox<>(FXCollections.observableArrayList(Cause.values())),
            "playbookCause");
    cause.setConverter(DeclareIncidentDialog.enumConverter(i18n, "incident.cause"));
    cause.setValue(p.cause());
    TextArea severities =
        area(i18n, "playbook.field.severities", PlaybookLines.severitiesText(p.severities()), 3);
    TextArea checklist = area(i18n, "playbook.checklist", String.join("\n", p.checklist()), 5);
    Playbook.HoldingStatement first =
        p.statements().isEmpty() ? new Playbook.HoldingStatement("", "") : p.statements().get(0);
    TextField statementTitle =
        add(i18n, "playbook.field.statementTitle", new TextField(first.title()), "playbookStTitle");
    TextArea statementText = area(i18n, "playbook.field.statementText", first.text(), 4);
    TextArea labels = area(i18n, "playbook.field.labels", PlaybookLines.labelsText(p.labels()), 2);
    TextArea rules = area(i18n, "playbook.field.rules", PlaybookLines.rulesText(p.rules()), 3);
    TextField hubTitle =
        add(i18n, "playbook.field.hubTitle", new TextField(p.hub().title()), "playbookHubTitle");
    TextArea hubSummary = area(i18n, "playbook.field.hubSummary", p.hub().summary(), 2);
    TextArea faq = area(i18n, "playbook.field.faq", PlaybookLines.faqText(p.hub().faq()), 3);
    TextArea hubSteps =
        area(i18n, "playbook.field.hubSteps", String.join("\n", p.hub().steps()), 3);
    TextArea tell = area(i18n, "playbook.tell", String.join("\n", p.mustBeTold()), 3);
    Label problem = new Label();
    problem.setId("playbookProblem");
    problem.getStyleClass().add("fb-error-text");
    problem.setWrapText(true);
    grid.add(problem, 1, row++);

    ScrollPane scroll = new ScrollPane(grid);
    scroll.setFitToWidth(true);
    scroll.setPrefSize(720, 600);
    getDialogPane().setContent(scroll);
    ButtonType save = new ButtonType(i18n.get("playbook.save"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel(i18n));
    Node saveButton = getDialogPane().lookupButton(save);
    saveButton.setId("playbookSave");
    Playbook[] result = new Playbook[1];
    saveButton.addEventFilter(
        ActionEvent.ACTION,
        e -> {
          try {
            List<Playbook.HoldingStatement> statements = new ArrayList<>(p.statements());
            if (!statements.isEmpty()) {
              statements.remove(0);
            }
            if (!statementTitle.getText().isBlank() || !statementText.getText().isBlank()) {
              statements.add(
                  0,
                  new Playbook.HoldingStatement(statementTitle.getText(), statementText.getText()));
            }
            result[0] =
                new Playbook(
                    editing == null ? 0 : editing.id(),
                    name.getText(),
                    language.getValue(),
                    type.getValue(),
                    cause.getValue(),
                    editing != null && editing.builtIn(),
                    PlaybookLines.severities(severities.getText()),
                    PlaybookLines.plain(checklist.getText(), "checklist"),
                    statements,
                    PlaybookLines.labels(labels.getText()),
                    PlaybookLines.rules(rules.getText()),
                    new Playbook.HubTemplate(
                        hubTitle.getText(),
                        hubSummary.getText(),
                        PlaybookLines.faq(faq.getText()),
                        PlaybookLines.plain(hubSteps.getText(), "hub steps")),
                    PlaybookLines.plain(tell.getText(), "must be told"));
          } catch (PlanRuleException ex) {
            problem.setText(ex.getMessage());
            e.consume();
          }
        });
    setResultConverter(b -> b == save ? result[0] : null);
    setOnShown(e -> name.requestFocus());
  }

  private static Playbook blank(I18n i18n) {
    return new Playbook(
        0,
        "",
        i18n.locale().getLanguage().equals("id") ? "id" : "en",
        CrisisType.OTHER,
        Cause.INTERNAL,
        false,
        List.of(new Playbook.Severity(i18n.get("playbook.defaultSeverity"), 15)),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        List.of());
  }

  private <T extends Node> T add(I18n i18n, String key, T field, String id) {
    field.setId(id);
    Label label = new Label(i18n.get(key));
    grid.addRow(row++, label, field);
    return field;
  }

  private TextArea area(I18n i18n, String key, String text, int rows) {
    TextArea a = new TextArea(text);
    a.setPrefRowCount(rows);
    a.setWrapText(true);
    Label hint = new Label(i18n.get(key + ".hint"));
    hint.getStyleClass().add("fb-playbook-builtin");
    add(i18n, key, a, "playbookArea" + row);
    grid.add(hint, 1, row++);
    return a;
  }
}
