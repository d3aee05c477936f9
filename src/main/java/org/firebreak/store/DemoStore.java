package org.firebreak.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.firebreak.demo.DemoIncident;
import org.firebreak.incident.Incident;
import org.firebreak.statements.StatementKind;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.Label;
import org.firebreak.triage.Reply;
import org.firebreak.triage.TeamMember;

/** Writes a generated demo incident in one transaction: all of it, or nothing. */
public final class DemoStore {

  private static final String ACTOR = "demo";
  private final Database db;

  public DemoStore(Database db) {
    this.db = db;
  }

  public Incident write(DemoIncident demo) {
    return db.writeDurably(c -> write(c, demo));
  }

  private static Incident write(Connection c, DemoIncident demo) throws SQLException {
    Incident incident = demo.incident();
    long incidentId = insertIncident(c, incident);
    AuditLog.append(
        c,
        AuditEntry.of(
            incident.declaredAt(),
            ACTOR,
            "incident.declare",
            "incident",
            incidentId,
            null,
            incident.name()));
    for (TeamMember m : demo.team()) {
      TeamStore.insert(c, m);
    }
    Map<String, Long> labelIds = new HashMap<>();
    for (Label l : demo.labels()) {
      Long existing = labelId(c, l.name());
      labelIds.put(l.name(), existing != null ? existing : LabelStore.insert(c, l));
    }
    MessageStore.insertBatch(c, demo.messages());
    Map<String, Long> messageIds = messageIds(c);
    for (Map.Entry<String, List<String>> e : demo.labelsByExternalId().entrySet()) {
      Long messageId = messageIds.get(e.getKey());
      for (String label : e.getValue()) {
        if (messageId != null && labelIds.containsKey(label)) {
          LabelStore.attach(c, messageId, labelIds.get(label));
        }
      }
    }
    for (Map.Entry<String, Reply> e : demo.replyByExternalId().entrySet()) {
      Long messageId = messageIds.get(e.getKey());
      if (messageId != null) {
        long replyId = ReplyStore.insert(c, messageId, e.getValue());
        AuditLog.append(
            c,
            AuditEntry.of(
                e.getValue().sentAt(),
                e.getValue().sentBy(),
                "reply.record",
                "message",
                messageId,
                null,
                "reply " + replyId));
      }
    }
    StatementStore.insertDraft(
        c,
        incidentId,
        StatementKind.HOLDING,
        demo.holdingStatementTitle(),
        demo.spokesperson(),
        demo.holdingStatement(),
        demo.spokesperson(),
        incident.declaredAt().plusSeconds(120));
    return incident.withId(incidentId);
  }

  private static long insertIncident(Connection c, Incident i) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO incidents (name, cause, origin_platform, window_seconds, declared_at)"
                + " VALUES (?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setString(1, i.name());
      ps.setString(2, i.cause().name());
      ps.setString(3, i.originPlatform().name());
      ps.setLong(4, i.responseWindow().getSeconds());
      Sql.setInstant(ps, 5, i.declaredAt());
      ps.executeUpdate();
      return Sql.generatedId(ps);
    }
  }

  private static Long labelId(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM labels WHERE name_key = ?")) {
      ps.setString(1, name.toLowerCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static Map<String, Long> messageIds(Connection c) throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT external_id, id FROM messages");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getLong(2));
      }
    }
    return ids;
  }
}
