package org.firebreak.share.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import org.firebreak.store.MergeConflict;

/** What merging one session file did: rows added and updated per kind, and every conflict. */
public record MergeReport(
    String file,
    Map<String, Long> added,
    Map<String, Long> updated,
    List<MergeConflict> conflicts) {

  public long totalAdded() {
    return added.values().stream().mapToLong(Long::longValue).sum();
  }

  public long totalUpdated() {
    return updated.values().stream().mapToLong(Long::longValue).sum();
  }

  public String toJson() {
    try {
      return SessionFormat.json().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A merge report is plain data", e);
    }
  }

  /** A few lines for a person: totals, then each conflict with both sides. */
  public String summary() {
    StringBuilder s =
        new StringBuilder("Merged ")
            .append(file)
            .append(": ")
            .append(totalAdded())
            .append(" added ")
            .append(added)
            .append(", ")
            .append(totalUpdated())
            .append(" updated ")
            .append(updated)
            .append(", ")
            .append(conflicts.size())
            .append(" conflicts");
    for (MergeConflict c : conflicts) {
      s.append(System.lineSeparator())
          .append("  conflict ")
          .append(c.kind())
          .append(' ')
          .append(c.key())
          .append(' ')
          .append(c.field())
          .append(": kept ")
          .append(c.kept())
          .append(" (")
          .append(c.keptAt())
          .append("), other ")
          .append(c.other())
          .append(" (")
          .append(c.otherAt())
          .append(')');
    }
    return s.toString();
  }
}
