package org.firebreak.ui.queue;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.firebreak.queue.Message;
import org.firebreak.ui.common.I18n;

/**
 * Composes a reply. Firebreak does not post: the text is copied, the original post opened in the
 * browser, and the reply recorded once the person confirms it was sent.
 */
final class ReplyDialog extends Dialog<String> {

  ReplyDialog(
      Window owner,
      List<Message> messages,
      boolean allMatching,
      I18n i18n,
      Consumer<String> openLink,
      String hubUrl,
      javafx.collections.ObservableList<org.firebreak.triage.SavedReplies.Snippet> saved,
      javafx.collections.ObservableList<org.firebreak.triage.LabelAnswers.Answer> answers) {
    initOwner(owner);
    setTitle(i18n.get("reply.title"));
    setHeaderText(
        allMatching
            ? i18n.get("reply.header.all")
            : messages.size() == 1
                ? i18n.get("reply.header.one", messages.get(0).author())
                : i18n.get("reply.header.many", messages.size()));
    TextArea text = new TextArea();
    text.setPromptText(i18n.get("reply.prompt"));
    text.setId("replyText");
    text.setWrapText(true);
    text.setPrefRowCount(6);
    Button copy = new Button(i18n.get("reply.copyAndOpen"));
    copy.setId("replyCopy");
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(text.getText());
          Clipboard.getSystemClipboard().setContent(content);
          if (messages.size() == 1 && messages.get(0).url() != null) {
            openLink.accept(messages.get(0).url());
          }
        });
    javafx.scene.control.ComboBox<org.firebreak.triage.SavedReplies.Snippet> snippets =
        new javafx.scene.control.ComboBox<>(saved);
    snippets.setId("replySnippets");
    snippets.setPromptText(i18n.get("reply.snippets"));
    snippets.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(org.firebreak.triage.SavedReplies.Snippet s) {
            return s == null ? "" : s.title();
          }

          @Override
          public org.firebreak.triage.SavedReplies.Snippet fromString(String s) {
            throw new UnsupportedOperationException();
          }
        });
    java.util.Map<String, String> values = new java.util.HashMap<>();
    if (messages.size() == 1 && !allMatching) {
      values.put("author", messages.get(0).author());
      values.put("case_id", messages.get(0).externalId());
    }
    if (hubUrl != null) {
      values.put("hub_url", hubUrl);
    }
    snippets.setOnAction(
        e -> {
          var chosen = snippets.getValue();
          if (chosen != null) {
            // several snippets combine into one reply; a missing value stays visible as {name}
            String add = org.firebreak.triage.SavedReplies.fill(chosen.text(), values);
            text.setText(
                text.getText().isBlank() ? add : text.getText().stripTrailing() + " " + add);
            javafx.application.Platform.runLater(
                () -> snippets.getSelectionModel().clearSelection());
          }
        });
    Label hint = new Label(i18n.get("reply.hint"));
    hint.setWrapText(true);
    HBox starters = new HBox(10, snippets);
    // the answers arrive from the database after the dialog opens: R never waits on disk
    javafx.collections.ListChangeListener<org.firebreak.triage.LabelAnswers.Answer> showAnswers =
        c -> {
          starters.getChildren().setAll(snippets);
          for (org.firebreak.triage.LabelAnswers.Answer a : answers) {
            // a label of these messages links to its answer: the reply can start from it
            Button start = new Button(i18n.get("reply.fromAnswer", a.title()));
            start.getStyleClass().add("fb-answer-button");
            start.setOnAction(
                e -> text.setText(org.firebreak.triage.SavedReplies.fill(a.text(), values)));
            starters.getChildren().add(start);
          }
          if (!answers.isEmpty()) {
            starters.getChildren().get(1).setId("replyFromAnswer");
          }
        };
    answers.addListener(showAnswers);
    getDialogPane().setContent(new VBox(10, starters, text, new HBox(10, copy), hint));
    ButtonType record = new ButtonType(i18n.get("reply.record"), ButtonBar.ButtonData.OK_DONE);
    getDialogPane()
        .getButtonTypes()
        .addAll(record, org.firebreak.ui.common.DialogButtons.cancel(i18n));
    getDialogPane().lookupButton(record).setId("replyRecord");
    getDialogPane().lookupButton(record).disableProperty().bind(text.textProperty().isEmpty());
    setResultConverter(b -> b == record ? text.getText() : null);
    setOnShown(e -> text.requestFocus());
  }
}
