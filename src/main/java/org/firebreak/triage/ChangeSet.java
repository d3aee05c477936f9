package org.firebreak.triage;

/** One triage action over one or many messages; undo reverts it whole. */
public record ChangeSet(long id, String action, int messagesChanged) {}
