package org.firebreak.triage;

import org.firebreak.queue.MessageStatus;

/** What a bulk action does to every message it covers. */
public sealed interface BulkAction {

  /** The audit kind of the change set, as a single action of the same kind records it. */
  String kind();

  record SetStatus(MessageStatus status) implements BulkAction {
    @Override
    public String kind() {
      return "status.set";
    }
  }

  record AddLabel(long labelId) implements BulkAction {
    @Override
    public String kind() {
      return "label.add";
    }
  }

  record RemoveLabel(long labelId) implements BulkAction {
    @Override
    public String kind() {
      return "label.remove";
    }
  }

  /** Assigns to a person, or unassigns when {@code person} is null. */
  record Assign(String person) implements BulkAction {
    @Override
    public String kind() {
      return "assign";
    }
  }

  /** The same reply text recorded for every message, each with its own reply record. */
  record Reply(String text) implements BulkAction {
    @Override
    public String kind() {
      return "reply.record";
    }
  }
}
