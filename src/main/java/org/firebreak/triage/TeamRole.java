package org.firebreak.triage;

/** The roles a crisis team needs. */
public enum TeamRole {
  INCIDENT_LEAD,
  RESPONDER,
  APPROVER,
  SPOKESPERSON,
  SCRIBE
}
