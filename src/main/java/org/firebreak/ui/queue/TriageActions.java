package org.firebreak.ui.queue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.firebreak.queue.MessageStatus;
import org.firebreak.triage.ChangeSet;
import org.firebreak.triage.Label;
import org.firebreak.triage.TriageService;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * The triage commands behind the queue's keys and buttons. Each runs off the FX thread as one
 * change set, remembered so Ctrl+Z can undo it whole.
 */
public final class TriageActions {

  private final TriageService triage;
  private final TaskRunner runner;
  private final DataChanged dataChanged;
  private final I18n i18n;
  private final String actor;
  private final Deque<ChangeSet> undoable = new ArrayDeque<>();
  private final StringProperty lastResult = new SimpleStringProperty("");
  private final Consumer<Throwable> onFailure;

  public TriageActions(
      TriageService triage,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      String actor,
      Consumer<Throwable> onFailure) {
    this.triage = triage;
    this.runner = runner;
    this.dataChanged = dataChanged;
    this.i18n = i18n;
    this.actor = actor;
    this.onFailure = onFailure;
  }

  public void setStatus(List<Long> ids, MessageStatus status) {
    apply(ids, () -> triage.setStatus(ids, status, actor));
  }

  public void toggleLabel(List<Long> ids, Label label) {
    apply(ids, () -> triage.toggleLabel(ids, label.id(), actor));
  }

  public void assign(List<Long> ids, String person) {
    apply(ids, () -> triage.assign(ids, person, actor));
  }

  public void reply(List<Long> ids, String text) {
    apply(ids, () -> triage.recordReply(ids, text, Optional.empty(), actor));
  }

  public void undo() {
    ChangeSet last = undoable.pollLast();
    if (last == null) {
      lastResult.set(i18n.get("triage.nothingToUndo"));
      return;
    }
    runner.run(
        () -> triage.undo(last.id(), actor),
        done -> {
          lastResult.set(i18n.get("triage.undone", done.messagesChanged()));
          dataChanged.fire();
        },
        onFailure);
  }

  private void apply(List<Long> ids, java.util.concurrent.Callable<ChangeSet> work) {
    if (ids.isEmpty()) {
      return;
    }
    runner.run(
        work,
        change -> {
          undoable.addLast(change);
          lastResult.set(i18n.get("triage.done." + change.action(), change.messagesChanged()));
          dataChanged.fire();
        },
        onFailure);
  }

  public ReadOnlyStringProperty lastResultProperty() {
    return lastResult;
  }

  public String actor() {
    return actor;
  }
}
