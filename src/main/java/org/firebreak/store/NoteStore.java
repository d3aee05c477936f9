package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.Note;
import org.firebreak.triage.TriageRuleException;

/** Internal notes on messages and conversations, each audited in the same transaction. */
public final class NoteStore {

  private final Database db;

  public NoteStore(Database db) {
    this.db = db;
  }

  /**
   * Adds a note to a message, or to its whole conversation; the audit row goes to the message's
   * history either way.
   */
  public Note add(
      long messageId, boolean wholeConversation, String text, String actor, Instant at) {
    return db.write(
        c -> {
          String conversation;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT conversation_id FROM messages WHERE id = ?")) {
            ps.setLong(1, messageId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw new TriageRuleException("The message no longer exists.", "message");
              }
              conversation = wholeConversation ? rs.getString(1) : null;
            }
          }
          if (wholeConversation && conversation == null) {
            throw new TriageRuleException(
                "This message is not part of a conversation; the note was not added.", "note");
          }
          long noteId;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO notes (message_id, conversation_id, text, author, created_at)"
                      + " VALUES (?, ?, ?, ?, ?)",
                  new String[] {"id"})) {
            ps.setLong(1, messageId);
            ps.setString(2, conversation);
            ps.setString(3, text);
            ps.setString(4, actor);
            Sql.setInstant(ps, 5, at);
            ps.executeUpdate();
            noteId = Sql.generatedId(ps);
          }
          AuditLog.appendChange(
              c,
              TriageStore.nextChange(c),
              List.of(
                  AuditEntry.of(
                      at,
                      actor,
                      conversation == null ? "note.add" : "note.conversation",
                      "message",
                      messageId,
                      null,
                      "note " + noteId + ": " + text)));
          return new Note(noteId, messageId, conversation, text, actor, at);
        });
  }

  /** The notes on this message and on its conversation, oldest first. */
  public List<Note> forMessage(long messageId, String conversationId) {
    return db.read(
        c -> {
          List<Note> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT * FROM notes WHERE message_id = ? OR (conversation_id IS NOT NULL"
                      + " AND conversation_id = ?) ORDER BY created_at, id")) {
            ps.setLong(1, messageId);
            ps.setString(2, conversationId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new Note(
                        rs.getLong("id"),
                        rs.getLong("message_id"),
                        rs.getString("conversation_id"),
                        rs.getString("text"),
                        rs.getString("author"),
                        Sql.instant(rs, "created_at")));
              }
            }
          }
          return out;
        });
  }
}
