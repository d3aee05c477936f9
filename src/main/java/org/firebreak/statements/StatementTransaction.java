package org.firebreak.statements;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.firebreak.incident.Platform;
import org.firebreak.triage.AuditEntry;

/**
 * The statement records inside one database transaction: everything done through it, audit rows
 * included, is committed together or not at all. {@link #lock} holds the row until the end, so two
 * people acting on one statement take turns.
 */
public interface StatementTransaction {

  /** The statement, locked for this transaction; refused when it does not exist. */
  Statement lock(long statementId);

  /**
   * The statement and every alternative in its group, locked in id order (so two approvals in one
   * group take turns instead of deadlocking), oldest first.
   */
  List<Statement> lockGroupOf(long statementId);

  /** Inserts a draft with version 1; a null group starts a new group named by the new id. */
  long insertDraft(NewDraft draft, Long groupId, Instant at);

  /** Appends a version after the highest one; {@code conflictBase} flags a stale save. */
  int addVersion(long statementId, String text, String author, Instant at, Integer conflictBase);

  /** The current version: the highest one that is not a conflicting save. */
  Optional<StatementVersion> currentVersion(long statementId);

  void updateState(
      long statementId,
      StatementState state,
      String approver,
      String rejectReason,
      Instant publishedAt);

  void updateSpokesperson(long statementId, String spokesperson);

  Optional<PlatformVariant> variant(long statementId, Platform platform);

  void saveVariantText(long statementId, Platform platform, String text);

  void markPublished(
      long statementId,
      Platform platform,
      Instant at,
      String actor,
      String postUrl,
      String overrideReason);

  void audit(AuditEntry entry);

  /** What a new draft holds. */
  record NewDraft(
      long incidentId,
      StatementKind kind,
      String title,
      String spokesperson,
      String text,
      String author) {}
}
