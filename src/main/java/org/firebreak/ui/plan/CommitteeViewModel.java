package org.firebreak.ui.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.firebreak.plan.Committee;
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.CommitteeService;
import org.firebreak.plan.MeetingCadence;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.TaskRunner;

/**
 * The social media committee in the Plan tab, and the reminder when its regular meeting is overdue
 * (computed from the injected clock).
 */
public final class CommitteeViewModel {

  private final CommitteeService committee;
  private final TaskRunner runner;
  private final I18n i18n;
  private final Formats formats;
  private final Clock clock;
  private final String actor;
  private final ObservableList<CommitteeMember> members = FXCollections.observableArrayList();
  private final SimpleObjectProperty<Committee> current = new SimpleObjectProperty<>();
  private final SimpleStringProperty reminder = new SimpleStringProperty("");
  private final SimpleStringProperty lastMet = new SimpleStringProperty("");

  private final org.firebreak.ui.common.ReadFailures failures;

  public CommitteeViewModel(
      CommitteeService committee,
      TaskRunner runner,
      DataChanged dataChanged,
      I18n i18n,
      Formats formats,
      Clock clock,
      String actor,
      org.firebreak.ui.common.ReadFailures failures) {
    this.failures = failures;
    this.committee = committee;
    this.runner = runner;
    this.i18n = i18n;
    this.formats = formats;
    this.clock = clock;
    this.actor = actor;
    // a triage action changes none of this: only other changes reload it
    dataChanged.subscribe(this::refresh, () -> {});
  }

  public void refresh() {
    runner.run(
        committee::load,
        failures.ok("failed.committee", this::show),
        failures.of("failed.committee"));
  }

  /**
   * Tells, once, that the committee's meeting is overdue (at the console's start); a failed check
   * stays in the status bar.
   */
  public void remindOnce(Consumer<String> notice) {
    runner.run(
        committee::reminder,
        failures.ok(
            "failed.committeeReminder", r -> r.ifPresent(x -> notice.accept(reminderText(r)))),
        failures.of("failed.committeeReminder"));
  }

  private void show(Committee c) {
    current.set(c);
    members.setAll(c.members());
    lastMet.set(
        c.lastMet() == null
            ? i18n.get("committee.lastMet.never")
            : i18n.get(
                "committee.lastMet",
                formats.day(c.lastMet()),
                formats.day(c.nextMeeting().orElseThrow())));
    reminder.set(reminderText(c.reminder(clock.instant())));
  }

  /** The reminder's text, empty when the meeting is not overdue. */
  public String reminderText(Optional<Committee.Reminder> r) {
    return r.map(
            x ->
                x.neverMet()
                    ? i18n.get("committee.reminder.never")
                    : i18n.get(
                        "committee.reminder.overdue", x.late().toDays(), formats.day(x.due())))
        .orElse("");
  }

  public void markMet(Consumer<Throwable> onFailure) {
    act(() -> committee.markMet(actor), onFailure);
  }

  public void setCadence(MeetingCadence cadence, Consumer<Throwable> onFailure) {
    if (current.get() != null && current.get().cadence() != cadence) {
      act(() -> committee.setCadence(cadence, actor), onFailure);
    }
  }

  public void save(CommitteeMember m, Consumer<Throwable> onFailure) {
    act(() -> committee.save(m, actor), onFailure);
  }

  public void remove(CommitteeMember m, Consumer<Throwable> onFailure) {
    act(() -> committee.remove(m.id(), actor), onFailure);
  }

  /** The publishing tools, written one per line or separated by commas. */
  public void setTools(String text, Consumer<Throwable> onFailure) {
    List<String> tools = List.of(text.split("[,\\n]"));
    act(() -> committee.setPublishingTools(tools, actor), onFailure);
  }

  private void act(Runnable work, Consumer<Throwable> onFailure) {
    runner.run(
        () -> {
          work.run();
          return committee.load();
        },
        this::show,
        onFailure);
  }

  public ObservableList<CommitteeMember> members() {
    return members;
  }

  public ReadOnlyObjectProperty<Committee> committeeProperty() {
    return current;
  }

  public ReadOnlyStringProperty reminderProperty() {
    return reminder;
  }

  public ReadOnlyStringProperty lastMetProperty() {
    return lastMet;
  }
}
