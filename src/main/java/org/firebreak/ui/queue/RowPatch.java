package org.firebreak.ui.queue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.firebreak.queue.Message;

/**
 * Brings the rows on screen to a fresh page with as few list changes as it takes, so the table
 * redraws only the rows that changed: after a triage key that is one row changed in place (an
 * update of that row, see {@link RowList}), or one row gone and the next one added at the bottom.
 * Anything else (a new sort, another page) replaces the rows whole.
 */
final class RowPatch {

  private RowPatch() {}

  static void apply(RowList rows, List<Message> fresh) {
    Set<Long> freshIds = fresh.stream().map(Message::id).collect(Collectors.toSet());
    List<Long> kept =
        rows.stream().map(Message::id).filter(freshIds::contains).collect(Collectors.toList());
    // the rows still shown must lead the fresh page in the same order; otherwise start over
    if (kept.size() > fresh.size() || !kept.equals(ids(fresh.subList(0, kept.size())))) {
      rows.setAll(fresh);
      return;
    }
    if (kept.size() < rows.size()) {
      rows.removeIf(m -> !freshIds.contains(m.id()));
    }
    for (int i = 0; i < kept.size(); i++) {
      if (!rows.get(i).equals(fresh.get(i))) {
        rows.patch(i, fresh.get(i));
      }
    }
    if (fresh.size() > kept.size()) {
      rows.addAll(fresh.subList(kept.size(), fresh.size()));
    }
  }

  private static List<Long> ids(List<Message> messages) {
    return messages.stream().map(Message::id).collect(Collectors.toList());
  }
}
