package org.firebreak.plan;

/** The kinds of crisis a playbook is written for; OTHER for a team's own. */
public enum CrisisType {
  INTERNAL_MISTAKE,
  PRODUCT_SAFETY,
  OUTAGE,
  NATURAL_DISASTER,
  EXECUTIVE_SCANDAL,
  DATA_BREACH,
  OTHER
}
