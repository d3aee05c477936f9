package org.firebreak.ui.queue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.firebreak.queue.Message;
import org.firebreak.queue.TextPreview;
import org.firebreak.store.MessageStore;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.TriageService;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/** The selected message whole: its text, link, labels, the conversation and its history. */
final class MessageDetailView extends VBox {

  private record Detail(Message message, List<Message> thread, List<AuditEntry> history) {}

  private final Label heading = new Label();
  private final TextArea text = new TextArea();
  private final Hyperlink link = new Hyperlink();
  private final Label meta = new Label();
  private final ListView<String> thread = new ListView<>();
  private final ListView<String> history = new ListView<>();
  private final AtomicLong sequence = new AtomicLong();

  MessageDetailView(I18n i18n, Formats formats, Consumer<String> openLink) {
    setId("messageDetail");
    setSpacing(6);
    setPadding(new Insets(0, 0, 0, 10));
    heading.getStyleClass().add("fb-section-title");
    heading.setWrapText(true);
    heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    text.setId("detailText");
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(5);
    meta.setWrapText(true);
    link.setOnAction(e -> openLink.accept(link.getText()));
    thread.setPrefHeight(110);
    history.setId("detailHistory");
    VBox.setVgrow(history, Priority.ALWAYS);
    getChildren()
        .addAll(
            heading,
            meta,
            text,
            link,
            new Label(i18n.get("detail.thread")),
            thread,
            new Label(i18n.get("detail.history")),
            history);
    this.i18n = i18n;
    this.formats = formats;
    show(null);
  }

  private final I18n i18n;
  private final Formats formats;

  void load(Message selected, MessageStore messages, TriageService triage, TaskRunner runner) {
    long ticket = sequence.incrementAndGet();
    if (selected == null) {
      show(null);
      return;
    }
    runner.run(
        () -> {
          Message whole = messages.full(selected.id()).orElse(selected);
          return new Detail(
              whole, messages.thread(whole.conversationId()), triage.history(whole.id()));
        },
        d -> {
          if (ticket == sequence.get()) {
            show(d);
          }
        },
        e -> {});
  }

  private void show(Detail d) {
    setDisable(d == null);
    if (d == null) {
      heading.setText(i18n.get("detail.none"));
      text.clear();
      meta.setText("");
      link.setText("");
      thread.getItems().clear();
      history.getItems().clear();
      return;
    }
    Message m = d.message();
    heading.setText(m.author() + " \u00b7 " + m.platform().displayName());
    meta.setText(
        i18n.get(
            "detail.meta",
            formats.time(m.receivedAt()),
            formats.reach(m.authorReach()),
            i18n.of("status", m.status()),
            m.labels().isEmpty() ? "\u2014" : String.join(", ", m.labels())));
    // shown as plain text with direction controls made visible: a message can never format or
    // reorder the pane
    text.setText(TextPreview.showBidiControls(m.text()));
    link.setText(m.url() == null ? "" : m.url());
    link.setVisible(
        m.url() != null && (m.url().startsWith("https://") || m.url().startsWith("http://")));
    thread
        .getItems()
        .setAll(
            d.thread().stream()
                .map(
                    t ->
                        formats.time(t.createdAt())
                            + "  "
                            + t.author()
                            + ": "
                            + TextPreview.cut(t.text(), 120))
                .toList());
    history
        .getItems()
        .setAll(
            d.history().stream()
                .map(
                    h ->
                        formats.time(h.at())
                            + "  "
                            + h.actor()
                            + "  "
                            + h.action()
                            + (h.before() == null ? "" : "  " + h.before())
                            + (h.after() == null ? "" : " \u2192 " + h.after()))
                .toList());
  }
}
