package org.firebreak.ui.share;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.firebreak.queue.TextPreview;
import org.firebreak.store.MergeConflict;
import org.firebreak.ui.common.Formats;
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

  /** A statement's key as the merge writes it: kind, quoted title, when it was created. */
  private static final Pattern STATEMENT = Pattern.compile("([A-Z_]+) \"(.*)\" (\\S+)");

  private final I18n i18n;
  private final Formats formats;

  ConflictText(I18n i18n, Formats formats) {
    this.i18n = i18n;
    this.formats = formats;
  }

  /**
   * What the conflict is about: message or statement, and its key; a statement by its kind, title
   * and creation time in the console's language.
   */
  String what(MergeConflict c) {
    Matcher statement = STATEMENT.matcher(c.key());
    if (c.kind().equals("statement") && statement.matches()) {
      return known("statement.kind." + statement.group(1), statement.group(1))
          + " \u201c"
          + TextPreview.showBidiControls(statement.group(2))
          + "\u201d, "
          + moment(statement.group(3));
    }
    return i18n.get("merge.kind." + c.kind()) + " " + c.key();
  }

  /** One side of a conflict: its value and, when known, when that side changed it. */
  String side(MergeConflict c, String value, String at) {
    // a colleague's words, shown with any direction controls made visible, never obeyed
    return TextPreview.showBidiControls(value(c, value))
        + (at == null ? "" : "  (" + moment(at) + ")");
  }

  /** A stored moment in the console's language; anything else as it is. */
  private String moment(String at) {
    try {
      return formats.dateTime(Instant.parse(at));
    } catch (DateTimeParseException notAMoment) {
      return at;
    }
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
