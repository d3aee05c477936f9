package org.firebreak.triage;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.firebreak.incident.Platform;
import org.firebreak.queue.MessageStatus;
import org.firebreak.store.BulkTriageStore;
import org.firebreak.store.NoteStore;
import org.firebreak.store.TriageStore;

/**
 * Reply tracking: status, labels, assignment and replies, one change set per action. Each change
 * and its audit rows are one transaction; undo reverts a whole change set the same way.
 */
public final class TriageService {

  public static final int MAX_REPLY_LENGTH = 10_000;
  private final TriageStore store;
  private final BulkTriageStore bulk;
  private final NoteStore notes;
  private final Clock clock;

  public TriageService(TriageStore store, BulkTriageStore bulk, NoteStore notes, Clock clock) {
    this.store = store;
    this.bulk = bulk;
    this.notes = notes;
    this.clock = clock;
  }

  /**
   * One action over many messages (for example every message matching a filter) as one change set
   * that one undo reverts whole. Reports progress; a cancel leaves everything as it was.
   */
  public ChangeSet bulk(
      List<Long> messageIds, BulkAction action, String actor, BulkProgress progress) {
    if (action instanceof BulkAction.Reply r) {
      checkReply(r.text());
      action = new BulkAction.Reply(r.text().strip());
    } else if (action instanceof BulkAction.Assign a) {
      action =
          new BulkAction.Assign(
              a.person() == null || a.person().isBlank() ? null : a.person().strip());
    }
    return bulk.apply(List.copyOf(messageIds), action, actor, clock.instant(), progress);
  }

  public ChangeSet setStatus(Collection<Long> messageIds, MessageStatus status, String actor) {
    return store.setStatus(List.copyOf(messageIds), status, actor, clock.instant());
  }

  /** Adds the label to every message that lacks it, or, when all carry it, removes it from all. */
  public ChangeSet toggleLabel(Collection<Long> messageIds, long labelId, String actor) {
    return store.toggleLabel(List.copyOf(messageIds), labelId, actor, clock.instant());
  }

  public ChangeSet assign(Collection<Long> messageIds, String person, String actor) {
    String who = person == null || person.isBlank() ? null : person.strip();
    return store.assign(List.copyOf(messageIds), who, actor, clock.instant());
  }

  /**
   * Records a reply the person has posted on the platform; the message becomes replied. Firebreak
   * does not post: the user copies the text, posts it, and confirms here.
   */
  public ChangeSet recordReply(
      Collection<Long> messageIds, String text, Optional<Platform> platform, String actor) {
    String body = checkReply(text);
    return store.recordReply(List.copyOf(messageIds), body, platform, actor, clock.instant());
  }

  private static String checkReply(String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new TriageRuleException("The reply is empty: write what was sent.", "reply");
    }
    if (body.length() > MAX_REPLY_LENGTH) {
      throw new TriageRuleException(
          "The reply is longer than " + MAX_REPLY_LENGTH + " characters.", "reply");
    }
    return body;
  }

  public Note addNote(long messageId, String text, String actor) {
    return addNote(messageId, false, text, actor);
  }

  /** An internal note on the message, or on its whole conversation; audited. */
  public Note addNote(long messageId, boolean wholeConversation, String text, String actor) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      throw new TriageRuleException("The note is empty.", "note");
    }
    if (body.length() > MAX_REPLY_LENGTH) {
      throw new TriageRuleException(
          "The note is longer than " + MAX_REPLY_LENGTH + " characters.", "note");
    }
    return notes.add(messageId, wholeConversation, body, actor, clock.instant());
  }

  /** The notes on a message and on its conversation, oldest first. */
  public List<Note> notes(long messageId, String conversationId) {
    return notes.forMessage(messageId, conversationId);
  }

  /** Reverts a change set: every message goes back to what it was before, in one transaction. */
  public ChangeSet undo(long changeId, String actor) {
    return store.undo(changeId, actor, clock.instant());
  }

  public List<AuditEntry> history(long messageId) {
    return store.history(messageId);
  }
}
