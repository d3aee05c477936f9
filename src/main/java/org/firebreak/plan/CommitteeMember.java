package org.firebreak.plan;

/** A member of the social media committee, with who stands in for them. */
public record CommitteeMember(
    long id, String name, Department department, String role, String contact, String deputy) {}
