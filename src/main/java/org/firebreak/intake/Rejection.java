package org.firebreak.intake;

/**
 * A record that was not imported, and why.
 *
 * @param where file and line or record, e.g. {@code alerts.csv:12} or {@code posts.json: record 4}
 * @param line the line (CSV) or record number (JSON) in that file
 * @param field the field at fault, or null when the whole record is
 */
public record Rejection(String where, long line, String field, String reason)
    implements SourceRecord {

  /** One line for a person: where, which field, what is wrong. */
  public String describe() {
    return where + (field == null ? "" : ", field " + field) + ": " + reason;
  }
}
