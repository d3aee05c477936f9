package org.firebreak.stats;

/** For one label: how many messages carry it, and how many of those still await a reply. */
public record LabelDebt(String label, String colour, long total, long awaitingReply) {}
