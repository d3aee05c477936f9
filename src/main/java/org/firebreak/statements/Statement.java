package org.firebreak.statements;

import java.time.Instant;

/**
 * One statement with its current text (the latest version that is not a conflicting save).
 * Alternatives of the same statement share a {@code groupId}.
 */
public record Statement(
    long id,
    long incidentId,
    long groupId,
    StatementKind kind,
    String title,
    StatementState state,
    String spokesperson,
    String approver,
    String rejectReason,
    Instant createdAt,
    Instant publishedAt,
    int version,
    String text) {}
