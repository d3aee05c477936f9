package org.firebreak.statements;

/** What kind of problem a tone finding names, as the playbook sees it. */
public enum ToneCategory {
  DEFENSIVE,
  NON_APOLOGY,
  BLAME,
  MISSING_OWNERSHIP,
  MISSING_COMPASSION,
  MISSING_NEXT_STEP,
  MISSING_HELP,
  TOO_LONG,
  HARD_TO_READ
}
