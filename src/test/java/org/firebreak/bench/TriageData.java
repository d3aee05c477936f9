package org.firebreak.bench;

import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Platform;

/**
 * A large incident for the triage figures, written set-wise by the database itself: n messages over
 * the last two hours, a tenth assigned, half still needing a reply, a fifth replied (with their
 * reply rows), the "needs reply" label on those waiting and one topic label on every third.
 */
final class TriageData {

  private TriageData() {}

  static void write(Services s, int n, Instant now) {
    s.incidents()
        .declare("Bench incident", Cause.INTERNAL, Platform.X, Duration.ofMinutes(20), "bench");
    s.team()
        .add(
            new org.firebreak.triage.TeamMember(
                0, "Dewi", org.firebreak.triage.TeamRole.RESPONDER, null),
            "bench",
            now);
    long start = now.minus(Duration.ofHours(2)).getEpochSecond();
    s.database()
        .write(
            c -> {
              try (Statement st = c.createStatement()) {
                st.execute(
                    "INSERT INTO messages (platform, external_id, conversation_id, author, author_reach,"
                        + " text, preview, created_at, received_at, direction, language, sentiment,"
                        + " priority, status, assignee)"
                        + " SELECT 'X', 'b' || X, 'c' || (X / 3), 'user' || MOD(X, 5000), MOD(X * 7919, 100000),"
                        + " 'Is my kettle safe? message ' || X, 'Is my kettle safe? message ' || X,"
                        + " DATEADD(SECOND, X * 7200 / "
                        + n
                        + ", TIMESTAMP WITH TIME ZONE '"
                        + java.time.OffsetDateTime.ofInstant(
                            Instant.ofEpochSecond(start), java.time.ZoneOffset.UTC)
                        + "'),"
                        + " DATEADD(SECOND, X * 7200 / "
                        + n
                        + ", TIMESTAMP WITH TIME ZONE '"
                        + java.time.OffsetDateTime.ofInstant(
                            Instant.ofEpochSecond(start), java.time.ZoneOffset.UTC)
                        + "'), 'INBOUND', 'en', -0.3, MOD(X, 100),"
                        + " CASE WHEN MOD(X, 10) = 0 THEN 'ASSIGNED' WHEN MOD(X, 10) < 6 THEN 'NEEDS_REPLY'"
                        + " WHEN MOD(X, 10) < 8 THEN 'REPLIED' ELSE 'NO_REPLY_NEEDED' END,"
                        + " CASE WHEN MOD(X, 10) = 0 THEN 'Dewi' END"
                        + " FROM SYSTEM_RANGE(1, "
                        + n
                        + ")");
                st.execute(
                    "INSERT INTO message_labels (message_id, label_id) SELECT m.id, l.id FROM messages m"
                        + " JOIN labels l ON l.name_key = 'needs reply'"
                        + " WHERE m.status IN ('NEEDS_REPLY', 'ASSIGNED', 'ESCALATED')");
                st.execute(
                    "INSERT INTO message_labels (message_id, label_id) SELECT m.id, l.id FROM messages m"
                        + " JOIN labels l ON l.name_key = 'complaint' WHERE MOD(m.id, 3) = 0");
                st.execute(
                    "INSERT INTO replies (message_id, text, sent_by, sent_at, platform)"
                        + " SELECT id, 'We are on it', 'Dewi', DATEADD(MINUTE, 5, received_at), platform"
                        + " FROM messages WHERE status = 'REPLIED'");
              }
              return null;
            });
  }
}
