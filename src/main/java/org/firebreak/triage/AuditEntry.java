package org.firebreak.triage;

import java.time.Instant;

/** One row of the append-only audit log: who did what, when, and the value before and after. */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String entity,
    long entityId,
    String before,
    String after) {

  public static AuditEntry of(
      Instant at,
      String actor,
      String action,
      String entity,
      long entityId,
      String before,
      String after) {
    return new AuditEntry(0, at, actor, action, entity, entityId, before, after);
  }

  /** The same entry about another entity id, once the id is known after insert. */
  public AuditEntry forEntity(long newEntityId) {
    return new AuditEntry(id, at, actor, action, entity, newEntityId, before, after);
  }
}
