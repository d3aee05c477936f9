package org.firebreak.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The social media committee: its members, how often it meets, when it last met, and the publishing
 * tools the team schedules posts with.
 */
public record Committee(
    List<CommitteeMember> members,
    MeetingCadence cadence,
    Instant lastMet,
    List<String> publishingTools) {

  public Committee {
    members = List.copyOf(members);
    publishingTools = List.copyOf(publishingTools);
  }

  /** When the next meeting is due; empty before the first one is recorded. */
  public Optional<Instant> nextMeeting() {
    return Optional.ofNullable(lastMet).map(cadence::nextAfter);
  }

  /**
   * The reminder to show at {@code now}: a committee with members whose regular meeting is overdue
   * (or that has never met). Empty when nothing is due.
   */
  public Optional<Reminder> reminder(Instant now) {
    if (members.isEmpty()) {
      return Optional.empty();
    }
    if (lastMet == null) {
      return Optional.of(new Reminder(null, null));
    }
    Instant due = cadence.nextAfter(lastMet);
    return now.isAfter(due)
        ? Optional.of(new Reminder(due, Duration.between(due, now)))
        : Optional.empty();
  }

  /**
   * An overdue meeting.
   *
   * @param due null when the committee has never met
   * @param late how long past due; null when it has never met
   */
  public record Reminder(Instant due, Duration late) {
    public boolean neverMet() {
      return due == null;
    }
  }
}
