package org.firebreak.statements;

import java.time.Instant;

/** A statement as the Statements tab lists it: its latest text and who stands behind it. */
public record StatementSummary(
    long id,
    StatementKind kind,
    String title,
    StatementState state,
    String spokesperson,
    String approver,
    int version,
    String text,
    Instant updatedAt,
    Instant publishedAt) {}
