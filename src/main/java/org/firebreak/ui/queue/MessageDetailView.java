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

  private record Detail(
      Message message,
      List<Message> thread,
      List<AuditEntry> history,
      java.util.Map<Long, String> labelNames,
      List<org.firebreak.triage.Note> notes) {}

  /** Where the pane reads a message whole and writes notes. */
  public interface Source {
    MessageStore messages();

    TriageService triage();

    /** The labels, to name them in a message's history. */
    org.firebreak.store.LabelStore labels();

    TaskRunner runner();

    String actor();

    Consumer<Throwable> onFailure();

    /** Where a failed read of the message shows (the status bar). */
    org.firebreak.ui.common.ReadFailures readFailures();
  }

  private final Label heading = new Label();
  private final TextArea text = new TextArea();
  private final Hyperlink link = new Hyperlink();
  private final Label meta = new Label();
  private final ListView<String> thread = new ListView<>();
  private final ListView<String> history = new ListView<>();
  private final AtomicLong sequence = new AtomicLong();
  private final ListView<String> notes = new ListView<>();
  private final javafx.scene.control.TextField note = new javafx.scene.control.TextField();
  private final javafx.scene.control.CheckBox wholeConversation =
      new javafx.scene.control.CheckBox();
  private final Source source;
  private final javafx.scene.control.Tab notesTab = new javafx.scene.control.Tab();
  private Message shown;
  private final javafx.scene.control.TabPane tabs;
  private List<String> threadLines = List.of();
  private List<String> noteLines = List.of();
  private List<String> historyLines = List.of();
  private Message requested;

  MessageDetailView(I18n i18n, Formats formats, Consumer<String> openLink, Source source) {
    this.source = source;
    setId("messageDetail");
    setSpacing(6);
    setPadding(new Insets(0, 0, 0, 10));
    heading.setId("detailHeading");
    heading.getStyleClass().add("fb-section-title");
    heading.setWrapText(true);
    heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    text.setId("detailText");
    text.setEditable(false);
    text.setWrapText(true);
    text.setPrefRowCount(5);
    // the message is what a person reads first: its rows stay, the tabs below give way
    text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    meta.setId("detailMeta");
    meta.setWrapText(true);
    meta.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    link.setOnAction(e -> openLink.accept(link.getText()));
    history.setId("detailHistory");
    WrappingCell.wrapLines(history);
    thread.setId("detailThread");
    WrappingCell.wrapLines(thread); // a conversation's messages read whole, without a side scroll
    notes.setId("detailNotes");
    WrappingCell.wrapLines(notes);
    VBox.setVgrow(notes, Priority.ALWAYS);
    note.setId("detailNote");
    note.setPromptText(i18n.get("detail.note.prompt"));
    note.setOnAction(e -> addNote());
    wholeConversation.setText(i18n.get("detail.note.conversation"));
    wholeConversation.setId("detailNoteConversation");
    javafx.scene.control.Button add = new javafx.scene.control.Button(i18n.get("detail.note.add"));
    add.setId("detailNoteAdd");
    add.disableProperty().bind(note.textProperty().isEmpty());
    add.setOnAction(e -> addNote());
    javafx.scene.layout.HBox.setHgrow(note, Priority.ALWAYS);
    javafx.scene.layout.HBox noteRow = new javafx.scene.layout.HBox(6, note, add);
    notesTab.setText(i18n.get("detail.notes"));
    notesTab.setContent(new VBox(6, notes, noteRow, wholeConversation));
    tabs =
        new javafx.scene.control.TabPane(
            new javafx.scene.control.Tab(i18n.get("detail.thread"), thread),
            notesTab,
            new javafx.scene.control.Tab(i18n.get("detail.history"), history));
    tabs.setId("detailTabs");
    tabs.getStyleClass()
        .add("fb-compact-tabs"); // three tab names fit the narrow pane, in Indonesian too
    // a list is filled when its tab is shown: a hidden one costs no layout on every selection
    tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> fill());
    tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
    VBox.setVgrow(tabs, Priority.ALWAYS);
    getChildren().addAll(heading, meta, text, link, tabs);
    this.i18n = i18n;
    this.formats = formats;
    show(null);
  }

  private final I18n i18n;
  private final Formats formats;

  /** Puts the cursor in the note field (key N in the queue). */
  void focusNote() {
    if (shown != null) {
      notesTab.getTabPane().getSelectionModel().select(notesTab);
      note.requestFocus();
    }
  }

  private void addNote() {
    Message m = shown;
    String text = note.getText();
    if (m == null || text.isBlank()) {
      return;
    }
    boolean whole = wholeConversation.isSelected();
    source
        .runner()
        .run(
            () -> source.triage().addNote(m.id(), whole, text, source.actor()),
            added -> {
              note.clear();
              load(m);
            },
            source.onFailure());
  }

  /**
   * Reads {@code current} again when it is the message shown but has changed (a triage key changed
   * it in place); the pane keeps showing the old state until the new one is read.
   */
  void refresh(Message current) {
    if (current != null
        && requested != null
        && current.id() == requested.id()
        && !current.equals(requested)) {
      load(current);
    }
  }

  void load(Message selected) {
    long ticket = sequence.incrementAndGet();
    requested = selected;
    if (selected == null) {
      show(null);
      return;
    }
    MessageStore messages = source.messages();
    TriageService triage = source.triage();
    org.firebreak.store.LabelStore labels = source.labels();
    source
        .runner()
        .run(
            () -> {
              Message whole = messages.full(selected.id()).orElse(selected);
              List<AuditEntry> history = triage.history(whole.id());
              return new Detail(
                  whole,
                  messages.thread(whole.conversationId()),
                  history,
                  HistoryLines.labelNames(history, labels),
                  triage.notes(whole.id(), whole.conversationId()));
            },
            source
                .readFailures()
                .ok(
                    "failed.message",
                    d -> {
                      if (ticket == sequence.get()) {
                        show(d);
                      }
                    }),
            source.readFailures().of("failed.message"));
  }

  private void show(Detail d) {
    setDisable(d == null);
    shown = d == null ? null : d.message();
    if (d == null) {
      heading.setText(i18n.get("detail.none"));
      text.clear();
      meta.setText("");
      link.setText("");
      threadLines = List.of();
      noteLines = List.of();
      historyLines = List.of();
      fill();
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
    threadLines =
        d.thread().stream()
            .map(
                t ->
                    formats.time(t.createdAt())
                        + "  "
                        + t.author()
                        + ": "
                        + TextPreview.cut(t.text(), 120))
            .toList();
    wholeConversation.setDisable(m.conversationId() == null);
    notesTab.setText(
        d.notes().isEmpty()
            ? i18n.get("detail.notes")
            : i18n.get("detail.notes") + " (" + d.notes().size() + ")");
    noteLines =
        d.notes().stream()
            .map(
                n ->
                    formats.time(n.at())
                        + "  "
                        + n.author()
                        + (n.wholeConversation() ? "  [" + i18n.get("detail.note.all") + "]" : "")
                        + ": "
                        + TextPreview.showBidiControls(n.text()))
            .toList();
    historyLines = new HistoryLines(i18n, formats).lines(d.history(), d.labelNames());
    fill();
  }

  /** Puts the latest lines in the list on screen; the hidden tabs' lists wait to be shown. */
  private void fill() {
    javafx.scene.control.Tab selected = tabs.getSelectionModel().getSelectedItem();
    Object content = selected == null ? null : selected.getContent();
    if (content == thread) {
      replace(thread, threadLines);
    } else if (selected == notesTab) {
      replace(notes, noteLines);
    } else if (content == history) {
      replace(history, historyLines);
    }
  }

  /** Leaves a list alone when its lines are the same: no list change, no new layout. */
  private static void replace(ListView<String> list, List<String> lines) {
    if (!list.getItems().equals(lines)) {
      list.getItems().setAll(lines);
    }
  }
}
