package org.firebreak.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.firebreak.queue.QueueFilter;
import org.firebreak.triage.ResponseTarget;

/**
 * The SQL of the queue's filters beside status and search. Every term reads column {@code id} and
 * friends of the {@code messages} row it is applied to; values are bound, never spliced.
 */
final class QueueFilterSql {

  /** A message's response target: the shortest of its labels' targets, else the default. */
  static final String TARGET_MINUTES =
      "COALESCE((SELECT MIN(l.target_minutes) FROM message_labels ml JOIN labels l"
          + " ON l.id = ml.label_id WHERE ml.message_id = messages.id), "
          + ResponseTarget.DEFAULT_MINUTES
          + ")";

  /**
   * Past its target at the bound instant. The first term (arrived before the instant less the
   * shortest target any message can have, bound by {@link #bindOverdue}) is a range of {@code
   * ix_messages_status_received}, so a count reads only messages old enough to be late: after a
   * flood, when nothing has yet waited the shortest target, it reads none instead of working out
   * each message's target (3.9-6.2 s at a million).
   */
  static final String OVERDUE =
      "received_at < ? AND status IN ('NEEDS_REPLY', 'ASSIGNED') AND direction = 'INBOUND'"
          + " AND DATEADD(MINUTE, "
          + TARGET_MINUTES
          + ", received_at) < ?";

  /** Binds {@link #OVERDUE}'s two parameters from {@code from}; returns the next index. */
  static int bindOverdue(PreparedStatement ps, int from, java.time.Instant now)
      throws SQLException {
    long shortest = ResponseTarget.DEFAULT_MINUTES;
    try (PreparedStatement min =
            ps.getConnection().prepareStatement("SELECT MIN(target_minutes) FROM labels");
        java.sql.ResultSet rs = min.executeQuery()) {
      if (rs.next() && rs.getObject(1) != null) {
        shortest = Math.min(shortest, rs.getLong(1));
      }
    }
    Sql.setInstant(ps, from, now.minusSeconds(shortest * 60));
    Sql.setInstant(ps, from + 1, now);
    return from + 2;
  }

  /**
   * The customer spoke last: an inbound message still awaiting a reply, with nothing later in its
   * conversation (neither a message nor a reply recorded from us).
   */
  static final String WAITING_ON_US =
      "direction = 'INBOUND' AND status IN ('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')"
          + " AND NOT EXISTS (SELECT 1 FROM replies r WHERE r.message_id = messages.id)"
          + " AND (conversation_id IS NULL OR (NOT EXISTS (SELECT 1 FROM messages o"
          + " WHERE o.conversation_id = messages.conversation_id AND (o.created_at > messages.created_at"
          + " OR (o.created_at = messages.created_at AND o.id > messages.id)))"
          + " AND NOT EXISTS (SELECT 1 FROM messages rm JOIN replies r ON r.message_id = rm.id"
          + " WHERE rm.conversation_id = messages.conversation_id AND r.sent_at >= messages.created_at)))";

  private QueueFilterSql() {}

  static void terms(QueueFilter f, List<String> terms) {
    f.labelId()
        .ifPresent(
            id ->
                terms.add(
                    "EXISTS (SELECT 1 FROM message_labels fl WHERE fl.message_id = messages.id"
                        + " AND fl.label_id = ?)"));
    if (f.waitingOnUs()) {
      terms.add(WAITING_ON_US);
    }
    f.overdueAsOf().ifPresent(at -> terms.add(OVERDUE));
    if (f.minReach() > 0) {
      terms.add("author_reach >= ?");
    }
  }

  static int bind(PreparedStatement ps, int from, QueueFilter f) throws SQLException {
    int i = from;
    if (f.labelId().isPresent()) {
      ps.setLong(i++, f.labelId().get());
    }
    if (f.overdueAsOf().isPresent()) {
      i = bindOverdue(ps, i, f.overdueAsOf().get());
    }
    if (f.minReach() > 0) {
      ps.setLong(i++, f.minReach());
    }
    return i;
  }
}
