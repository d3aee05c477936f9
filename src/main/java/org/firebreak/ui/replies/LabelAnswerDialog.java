package org.firebreak.ui.replies;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.firebreak.triage.LabelAnswers;
import org.firebreak.triage.LabelLink;
import org.firebreak.triage.ResponseTarget;
import org.firebreak.ui.common.DialogButtons;
import org.firebreak.ui.common.FormGrid;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * Links a label to its answer (a statement or an FAQ entry of the crisis hub) and sets its response
 * target. Replying to messages with the label can then start from the answer.
 */
final class LabelAnswerDialog {

  private LabelAnswerDialog() {}

  private record Loaded(List<LabelAnswers.Answer> choices, Map<Long, LabelLink> links) {}

  static void open(
      Window owner,
      org.firebreak.triage.Label label,
      LabelAnswers answers,
      TaskRunner runner,
      I18n i18n,
      String actor,
      Runnable saved,
      Consumer<Throwable> onFailure) {
    runner.run(
        () -> new Loaded(answers.choices(), answers.links()),
        loaded -> show(owner, label, answers, loaded, runner, i18n, actor, saved, onFailure),
        onFailure);
  }

  private static void show(
      Window owner,
      org.firebreak.triage.Label label,
      LabelAnswers answers,
      Loaded loaded,
      TaskRunner runner,
      I18n i18n,
      String actor,
      Runnable saved,
      Consumer<Throwable> onFailure) {
    LabelLink link =
        loaded.links().getOrDefault(label.id(), new LabelLink(label.id(), null, null, null));
    ComboBox<LabelAnswers.Answer> answer = new ComboBox<>();
    answer.setId("labelAnswer");
    answer.getItems().add(null);
    answer.getItems().addAll(loaded.choices());
    answer.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(LabelAnswers.Answer a) {
            return a == null
                ? i18n.get("labelAnswer.none")
                : i18n.get("labelAnswer.kind." + a.kind()) + ": " + a.title();
          }

          @Override
          public LabelAnswers.Answer fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    answer.setValue(
        loaded.choices().stream()
            .filter(
                a ->
                    a.kind() == link.answerKind()
                        && link.answerId() != null
                        && a.id() == link.answerId())
            .findFirst()
            .orElse(null));
    answer.setMaxWidth(420);
    TextField target =
        new TextField(link.targetMinutes() == null ? "" : link.targetMinutes().toString());
    target.setId("labelTarget");
    target.setPromptText(i18n.get("labelAnswer.target.prompt", ResponseTarget.DEFAULT_MINUTES));
    GridPane form = FormGrid.create();
    form.addRow(0, new Label(i18n.get("labelAnswer.answer")), answer);
    form.addRow(1, new Label(i18n.get("labelAnswer.target")), target);
    Dialog<ButtonType> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(i18n.get("app.title"));
    dialog.setHeaderText(i18n.get("labelAnswer.header", label.name()));
    dialog.getDialogPane().setId("labelAnswerDialog");
    dialog.getDialogPane().setContent(form);
    ButtonType ok = new ButtonType(i18n.get("labels.save"), ButtonBar.ButtonData.OK_DONE);
    dialog.getDialogPane().getButtonTypes().addAll(ok, DialogButtons.cancel(i18n));
    dialog.getDialogPane().lookupButton(ok).setId("labelAnswerSave");
    dialog
        .showAndWait()
        .filter(b -> b == ok)
        .ifPresent(
            b -> {
              String typed = target.getText().strip();
              Integer minutes;
              try {
                minutes = typed.isEmpty() ? null : Integer.valueOf(typed);
              } catch (NumberFormatException e) {
                onFailure.accept(
                    new org.firebreak.triage.TriageRuleException(
                        i18n.get("labelAnswer.target.notNumber", typed), "target"));
                return;
              }
              LabelAnswers.Answer chosen = answer.getValue();
              runner.execute(
                  () -> answers.link(label.id(), chosen, minutes, actor), saved, onFailure);
            });
  }
}
