package org.firebreak.triage;

/** A label the team puts on conversations, such as "needs reply", "press" or "safety". */
public record Label(long id, String name, String colour, String description, Integer hotkey) {}
