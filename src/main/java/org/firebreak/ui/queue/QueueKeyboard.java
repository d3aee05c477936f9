package org.firebreak.ui.queue;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.firebreak.queue.Message;
import org.firebreak.queue.MessageStatus;

/**
 * Keyboard-first triage on the queue: J/K move, 1-9 toggle labels, R reply, E escalate, D done, A
 * assign, N note, / search, Ctrl+Shift+A every message matching the filter, Ctrl+Z undo, ? the list
 * of keys.
 */
final class QueueKeyboard {

  interface Dialogs {
    void reply(List<Message> messages);

    void assign(List<Long> ids);

    void focusSearch();

    void focusNote();

    void selectAllMatching();

    void showKeys();
  }

  private final TableView<Message> table;
  private final QueueViewModel vm;
  private final TriageActions actions;
  private final Dialogs dialogs;
  private boolean noteAsked;

  QueueKeyboard(
      TableView<Message> table, QueueViewModel vm, TriageActions actions, Dialogs dialogs) {
    this.table = table;
    this.vm = vm;
    this.actions = actions;
    this.dialogs = dialogs;
    table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    // the note field takes focus once N is released, so the "n" typed is not written into it
    table.addEventFilter(
        KeyEvent.KEY_RELEASED,
        e -> {
          if (e.getCode() == KeyCode.N && noteAsked) {
            noteAsked = false;
            dialogs.focusNote();
            e.consume();
          }
        });
  }

  private void onKey(KeyEvent e) {
    if (e.isAltDown() || e.isMetaDown()) {
      return;
    }
    if (e.isShortcutDown() || e.isControlDown()) {
      if (e.getCode() == KeyCode.Z) {
        actions.undo();
        e.consume();
      } else if (e.getCode() == KeyCode.A && e.isShiftDown()) {
        dialogs.selectAllMatching();
        e.consume();
      }
      return;
    }
    List<Message> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
    List<Long> ids = selected.stream().map(Message::id).toList();
    boolean handled = true;
    switch (e.getCode()) {
      case J -> move(1);
      case K -> move(-1);
      case R -> dialogs.reply(selected);
      case E -> actions.setStatus(ids, MessageStatus.ESCALATED);
      case D -> actions.setStatus(ids, MessageStatus.NO_REPLY_NEEDED);
      case A -> dialogs.assign(ids);
      case SLASH -> dialogs.focusSearch();
      case N -> noteAsked = true;
      default -> handled = digitOrHelp(e, ids);
    }
    if (handled) {
      e.consume();
    }
  }

  private boolean digitOrHelp(KeyEvent e, List<Long> ids) {
    if ("?".equals(e.getText())) {
      dialogs.showKeys();
      return true;
    }
    if (e.getCode().isDigitKey()) {
      int digit = e.getText().isEmpty() ? -1 : e.getText().charAt(0) - '0';
      vm.labelForHotkey(digit).ifPresent(label -> actions.toggleLabel(ids, label));
      return true;
    }
    return false;
  }

  private void move(int step) {
    int size = table.getItems().size();
    if (size == 0) {
      return;
    }
    int at = table.getSelectionModel().getSelectedIndex();
    int next = Math.max(0, Math.min(size - 1, at < 0 ? 0 : at + step));
    table.getSelectionModel().clearAndSelect(next);
    table.scrollTo(Math.max(0, next - 3));
  }
}
