package org.firebreak.share;

import java.nio.file.Path;
import java.time.Duration;
import org.firebreak.app.Services;
import org.firebreak.incident.Incident;
import org.firebreak.statements.Statement;
import org.firebreak.statements.StatementSummary;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.firebreak.triage.TeamMember;
import org.firebreak.triage.TeamRole;

/** The demo incident in a real H2 file, its holding statement approved and published. */
final class ShareFixture implements AutoCloseable {

  final MutableClock clock = new MutableClock(TempDatabase.T0);
  final Services services;
  final Statement published;

  ShareFixture(Path dir) {
    services = TempDatabase.open(dir, clock);
    services.writeDemo();
    clock.advance(Duration.ofMinutes(5));
    StatementSummary draft = services.statementService().list().get(0);
    String approver = member(TeamRole.APPROVER);
    services.statementService().submitForReview(draft.id(), "responder");
    services.statementService().approve(draft.id(), approver);
    clock.advance(Duration.ofMinutes(2));
    Incident incident = services.incidents().current().orElseThrow();
    services
        .statementService()
        .publish(draft.id(), incident.originPlatform(), null, null, null, "responder");
    published = services.statementService().get(draft.id());
    clock.advance(Duration.ofMinutes(60));
  }

  String member(TeamRole role) {
    return services.team().all().stream()
        .filter(m -> m.role() == role)
        .map(TeamMember::name)
        .findFirst()
        .orElseThrow();
  }

  @Override
  public void close() {
    services.close();
  }
}
