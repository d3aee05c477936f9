package org.firebreak.statements;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.firebreak.incident.Cause;
import org.firebreak.incident.Incident;
import org.firebreak.incident.IncidentService;
import org.firebreak.incident.Platform;
import org.firebreak.store.AuditLog;
import org.firebreak.store.Database;
import org.firebreak.store.H2IncidentRepository;
import org.firebreak.store.StatementStore;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;

/** A real H2 incident database in a temp folder, with a team and a clock the test moves. */
final class StatementFixture implements AutoCloseable {

  static final String APPROVER = "Rina Approver";
  static final String SPOKESPERSON = "Budi Spokes";
  static final String RESPONDER = "Sam Responder";

  final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));
  final Database db;
  final IncidentService incidents;
  final StatementService service;
  final AuditLog audit;

  StatementFixture(Path dir) {
    db = Database.open(dir.resolve("incident"));
    incidents = new IncidentService(new H2IncidentRepository(db), clock);
    List<TeamMember> team =
        List.of(
            new TeamMember(1, APPROVER, TeamRole.APPROVER, null),
            new TeamMember(2, SPOKESPERSON, TeamRole.SPOKESPERSON, null),
            new TeamMember(3, RESPONDER, TeamRole.RESPONDER, null));
    service = new StatementService(new StatementStore(db), incidents, () -> team, clock);
    audit = new AuditLog(db);
  }

  Incident declare(Platform origin) {
    return incidents.declare("Oven recall", Cause.INTERNAL, origin, Duration.ofMinutes(15), "lead");
  }

  Statement draft(String text) {
    return service.createDraft(StatementKind.APOLOGY, "Apology", text, SPOKESPERSON, RESPONDER);
  }

  Statement approved(String text) {
    Statement s = draft(text);
    service.submitForReview(s.id(), RESPONDER);
    return service.approve(s.id(), APPROVER);
  }

  List<String> auditActions(long statementId) {
    return audit.history("statement", statementId).stream().map(AuditEntry::action).toList();
  }

  @Override
  public void close() {
    db.close();
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
