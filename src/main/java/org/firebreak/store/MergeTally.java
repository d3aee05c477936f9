package org.firebreak.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a merge added and updated, per kind of row, and every conflict it resolved. */
public final class MergeTally {

  private final Map<String, Long> added = new TreeMap<>();
  private final Map<String, Long> updated = new TreeMap<>();
  private final List<MergeConflict> conflicts = new ArrayList<>();

  void added(String kind) {
    added.merge(kind, 1L, Long::sum);
  }

  void updated(String kind) {
    updated.merge(kind, 1L, Long::sum);
  }

  void conflict(MergeConflict c) {
    conflicts.add(c);
  }

  public Map<String, Long> added() {
    return Collections.unmodifiableMap(added);
  }

  public Map<String, Long> updated() {
    return Collections.unmodifiableMap(updated);
  }

  public List<MergeConflict> conflicts() {
    return Collections.unmodifiableList(conflicts);
  }
}
