package org.firebreak.triage;

/** A person on the incident team. */
public record TeamMember(long id, String name, TeamRole role, String contact) {}
