package org.firebreak.incident;

import java.time.Instant;
import java.util.Optional;
import org.firebreak.triage.AuditEntry;

/** Where incidents are kept. Every change is written together with its audit entry. */
public interface IncidentRepository {

  /** The most recently declared incident, if any. */
  Optional<Incident> current();

  Incident insert(Incident incident, AuditEntry audit);

  void markResolved(long incidentId, Instant resolvedAt, Instant watchUntil, AuditEntry audit);

  void markFirstResponse(long incidentId, Instant at, AuditEntry audit);
}
