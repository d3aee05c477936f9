package org.firebreak.ui.share;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firebreak.store.MergeConflict;
import org.firebreak.ui.common.I18n;

/**
 * A merge conflict in the person's language. The merge names fields and values in English (they are
 * also written to the audit log, which stays as written); this puts the field names, the statuses
 * and states and the label presence into the console's language. Anything not known (a value typed
 * by a person, a field a newer Firebreak added) is shown as it is.
 */
final class ConflictText {

  private static final Pattern VERSION = Pattern.compile("text of version (\\d+)");
  private static final Pattern LABEL = Pattern.compile("label (.+)");
  private static final Set<String> FIELDS =
      Set.of(
          "status",
          "assignee",
          "state",
          "spokesperson",
          "approver",
          "published_at",
          "reject_reason",
          "columns");

  private final I18n i18n;

  ConflictText(I18n i18n) {
    this.i18n = i18n;
  }

  /** What the conflict is about: message or statement, and its key. */
  String what(MergeConflict c) {
    return i18n.get("merge.kind." + c.kind()) + " " + c.key();
  }

  /** The field's name in the console's language. */
  String field(MergeConflict c) {
    String field = c.field();
    if (field == null) {
      return "";
    }
    Matcher version = VERSION.matcher(field);
    if (version.matches()) {
      return i18n.get("merge.field.version", version.group(1));
    }
    Matcher label = LABEL.matcher(field);
    if (label.matches()) {
      return i18n.get("merge.field.label", label.group(1));
    }
    return FIELDS.contains(field) ? i18n.get("merge.field." + field) : field;
  }

  /** One side's value in the console's language (statuses, states, a label present or not). */
  String value(MergeConflict c, String value) {
    if (value == null) {
      return "—";
    }
    String field = c.field() == null ? "" : c.field();
    if (field.equals("status") && value.matches("[A-Z_]+")) {
      return known("status." + value, value);
    }
    if (field.equals("state") && value.matches("[A-Z_]+")) {
      return known("statement.state." + value, value);
    }
    if (LABEL.matcher(field).matches() && (value.equals("present") || value.equals("removed"))) {
      return i18n.get("merge.value." + value);
    }
    return value;
  }

  private String known(String key, String fallback) {
    String text = i18n.get(key);
    return text.startsWith("!") ? fallback : text;
  }
}
