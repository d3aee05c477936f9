package org.firebreak.ui.queue;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ModifiableObservableListBase;
import org.firebreak.queue.Message;

/**
 * The queue's rows. A message changed where it stands ({@link #patch}) is reported as an update of
 * that row, not as a replacement: the table then redraws that row's cells only, where a replacement
 * makes it rebuild every row on screen and re-apply the style of every cell (measured: most of a
 * triage key's pulse). Every other change is an ordinary list change.
 */
final class RowList extends ModifiableObservableListBase<Message> {

  private final List<Message> rows = new ArrayList<>();

  /** Puts {@code fresh} in row {@code index}, as an update of that row. */
  void patch(int index, Message fresh) {
    beginChange();
    try {
      rows.set(index, fresh);
      nextUpdate(index);
    } finally {
      endChange();
    }
  }

  @Override
  public Message get(int index) {
    return rows.get(index);
  }

  @Override
  public int size() {
    return rows.size();
  }

  @Override
  protected void doAdd(int index, Message element) {
    rows.add(index, element);
  }

  @Override
  protected Message doSet(int index, Message element) {
    return rows.set(index, element);
  }

  @Override
  protected Message doRemove(int index) {
    return rows.remove(index);
  }
}
