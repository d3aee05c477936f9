package org.firebreak.ui.queue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.firebreak.queue.MessageStatus;
import org.firebreak.queue.TextPreview;
import org.firebreak.store.LabelStore;
import org.firebreak.triage.AuditEntry;
import org.firebreak.triage.Label;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;

/**
 * A message's audit rows as a person reads them in its History tab: "08:00:00 dimas Status: Needs
 * reply → Escalated", labels by name, an undo said as such. The audit keeps codes and ids; an
 * action this does not know is shown as stored.
 */
final class HistoryLines {

  private final I18n i18n;
  private final Formats formats;

  HistoryLines(I18n i18n, Formats formats) {
    this.i18n = i18n;
    this.formats = formats;
  }

  /** The labels' names by id, read only when a row names a label (off the FX thread). */
  static Map<Long, String> labelNames(List<AuditEntry> history, LabelStore labels) {
    if (history.stream().noneMatch(h -> h.action().contains("label."))) {
      return Map.of();
    }
    return labels.all().stream().collect(Collectors.toMap(Label::id, Label::name));
  }

  List<String> lines(List<AuditEntry> history, Map<Long, String> labelNames) {
    return history.stream().map(h -> line(h, labelNames)).toList();
  }

  private String line(AuditEntry h, Map<Long, String> labelNames) {
    boolean undo = h.action().startsWith("undo.");
    String action = undo ? h.action().substring("undo.".length()) : h.action();
    String what = what(action, undo, h, labelNames);
    return formats.time(h.at())
        + "  "
        + TextPreview.showBidiControls(h.actor())
        + "  "
        + (undo ? i18n.get("history.undo", what) : what);
  }

  private String what(String action, boolean undo, AuditEntry h, Map<Long, String> labelNames) {
    return switch (action) {
      case "status.set" -> i18n.get("history.status", status(h.before()), status(h.after()));
      // an undone add takes the label off, an undone removal puts it back
      case "label.add" ->
          i18n.get(undo ? "history.label.remove" : "history.label.add", label(h, labelNames));
      case "label.remove" ->
          i18n.get(undo ? "history.label.add" : "history.label.remove", label(h, labelNames));
      case "assign" -> i18n.get("history.assign", person(h.before()), person(h.after()));
      case "reply.record" -> i18n.get(undo ? "history.reply.withdrawn" : "history.reply");
      case "note.add" -> i18n.get("history.note");
      case "note.conversation" -> i18n.get("history.note.conversation");
      // a colleague's session file changed the same thing: the kept side, then the other
      case "merge.conflict" -> i18n.get("history.mergeConflict", side(h.after()), side(h.before()));
      default ->
          h.action()
              + (h.before() == null ? "" : "  " + TextPreview.showBidiControls(h.before()))
              + (h.after() == null ? "" : " \u2192 " + TextPreview.showBidiControls(h.after()));
    };
  }

  private String status(String stored) {
    if (stored == null) {
      return "\u2014";
    }
    try {
      return i18n.of("status", MessageStatus.valueOf(stored));
    } catch (IllegalArgumentException unknown) {
      return stored; // a status from a newer version: shown as stored
    }
  }

  /** One side of a merge conflict as stored ("status: REPLIED"), the status in words. */
  private String side(String stored) {
    if (stored == null) {
      return "\u2014";
    }
    int colon = stored.indexOf(": ");
    if (colon > 0 && stored.startsWith("status")) {
      return i18n.get("merge.field.status") + ": " + status(stored.substring(colon + 2));
    }
    return TextPreview.showBidiControls(stored);
  }

  private String person(String stored) {
    return stored == null || stored.isBlank()
        ? i18n.get("history.nobody")
        : TextPreview.showBidiControls(stored);
  }

  private String label(AuditEntry h, Map<Long, String> labelNames) {
    String id = h.after() != null ? h.after() : h.before();
    if (id == null) {
      return "\u2014";
    }
    try {
      String name = labelNames.get(Long.parseLong(id));
      return name != null
          ? TextPreview.showBidiControls(name)
          : i18n.get("history.label.deleted", id);
    } catch (NumberFormatException notAnId) {
      return TextPreview.showBidiControls(id); // written by an older version: shown as stored
    }
  }
}
