package org.firebreak.store;

/**
 * One value two copies of an incident disagree on: what was kept and what the other side held, with
 * the time of each side's latest audited change (null when it had none).
 */
public record MergeConflict(
    String kind,
    String key,
    String field,
    String kept,
    String other,
    String keptAt,
    String otherAt) {}
