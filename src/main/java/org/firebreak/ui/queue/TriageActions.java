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
  private BulkUi bulkUi;
  private java.util.function.Supplier<java.util.Optional<org.firebreak.queue.QueueQuery>> scope =
      java.util.Optional::empty;
  private org.firebreak.store.MessageStore messages;

  /** How a bulk action over every matching message asks first and shows how far it got. */
  public interface BulkUi {
    /** Asks the person to confirm; {@code what} says what will happen to {@code count} messages. */
    boolean confirm(long count, String what);

    /** Shows progress with a cancel button until closed. */
    Handle progress(long total);

    /** Progress of one bulk action; {@link #close} hides it. */
    interface Handle extends org.firebreak.triage.BulkProgress {
      void close();
    }
  }

  /**
   * When {@code scope} holds a query, actions apply to every message it matches (after a
   * confirmation naming how many), not to the ids given.
   */
  public void bulkScope(
      org.firebreak.store.MessageStore messages,
      java.util.function.Supplier<java.util.Optional<org.firebreak.queue.QueueQuery>> scope,
      BulkUi ui) {
    this.messages = messages;
    this.scope = scope;
    this.bulkUi = ui;
  }

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
    if (!bulk(
        new org.firebreak.triage.BulkAction.SetStatus(status),
        i18n.get("bulk.what.status", i18n.of("status", status)))) {
      apply(ids, () -> triage.setStatus(ids, status, actor));
    }
  }

  public void toggleLabel(List<Long> ids, Label label) {
    var filtered = scope.get().flatMap(q -> q.filter().labelId());
    boolean remove = filtered.isPresent() && filtered.get() == label.id();
    if (!bulk(
        remove
            ? new org.firebreak.triage.BulkAction.RemoveLabel(label.id())
            : new org.firebreak.triage.BulkAction.AddLabel(label.id()),
        i18n.get(remove ? "bulk.what.labelRemove" : "bulk.what.labelAdd", label.name()))) {
      apply(ids, () -> triage.toggleLabel(ids, label.id(), actor));
    }
  }

  public void assign(List<Long> ids, String person) {
    if (!bulk(
        new org.firebreak.triage.BulkAction.Assign(person), i18n.get("bulk.what.assign", person))) {
      apply(ids, () -> triage.assign(ids, person, actor));
    }
  }

  public void reply(List<Long> ids, String text) {
    if (!bulk(new org.firebreak.triage.BulkAction.Reply(text), i18n.get("bulk.what.reply"))) {
      apply(ids, () -> triage.recordReply(ids, text, Optional.empty(), actor));
    }
  }

  /** True when every matching message is in scope: the action then runs over all of them. */
  public boolean allMatching() {
    return scope.get().isPresent();
  }

  private boolean bulk(org.firebreak.triage.BulkAction action, String what) {
    java.util.Optional<org.firebreak.queue.QueueQuery> query = scope.get();
    if (query.isEmpty()) {
      return false;
    }
    runner.run(
        () -> messages.ids(query.get()),
        ids -> {
          if (ids.isEmpty() || !bulkUi.confirm(ids.size(), what)) {
            return;
          }
          BulkUi.Handle progress = bulkUi.progress(ids.size());
          runner.run(
              () -> triage.bulk(ids, action, actor, progress),
              change -> {
                progress.close();
                undoable.addLast(change);
                lastResult.set(
                    i18n.get("triage.done." + change.action(), change.messagesChanged()));
                dataChanged.fireTriage();
              },
              e -> {
                progress.close();
                if (e instanceof org.firebreak.triage.BulkCancelledException) {
                  lastResult.set(i18n.get("bulk.cancelled"));
                } else {
                  onFailure.accept(e);
                }
              });
        },
        onFailure);
    return true;
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
          dataChanged.fireTriage();
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
          dataChanged.fireTriage();
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
