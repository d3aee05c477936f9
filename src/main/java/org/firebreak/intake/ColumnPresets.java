package org.firebreak.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.intake.ColumnPresetException.Problem;
import org.firebreak.store.ColumnPresetStore;

/**
 * CSV column presets: the built-in generic, brandwatch and talkwalker ones, then those the team
 * saved in this incident database (ADR 0022).
 */
public final class ColumnPresets {

  public static final int MAX_NAME = 40;

  private final ColumnPresetStore store;
  private final Clock clock;

  public ColumnPresets(ColumnPresetStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Every preset name: the built-in ones first, then the saved ones by name. */
  public List<String> names() {
    List<String> out = new ArrayList<>(ColumnMapping.PRESETS);
    store.all().forEach(m -> out.add(m.preset()));
    return out;
  }

  /** The mapping a preset names, built in or saved, in any case. */
  public ColumnMapping mapping(String name) {
    if (ColumnMapping.isBuiltIn(name)) {
      return ColumnMapping.preset(name);
    }
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (ColumnMapping m : store.all()) {
      if (m.preset().toLowerCase(Locale.ROOT).equals(key)) {
        return m;
      }
    }
    throw new ColumnPresetException(
        Problem.UNKNOWN,
        name,
        "Unknown column preset '" + name + "': use " + String.join(", ", names()) + ".");
  }

  /** Saves a mapping under a new name; the name is checked first and refused with its reason. */
  public ColumnMapping save(String name, ColumnMapping mapping, String actor) {
    String n = checkName(name);
    ColumnMapping named = ColumnMapping.of(n, mapping.columns(), mapping.defaultPlatform());
    store.add(named, actor, clock.instant());
    return named;
  }

  /** Deletes a saved preset; the built-in ones cannot be deleted. */
  public void delete(String name) {
    if (ColumnMapping.isBuiltIn(name)) {
      throw new ColumnPresetException(
          Problem.BUILT_IN, name, "'" + name + "' is built in and cannot be deleted.");
    }
    if (!store.delete(name)) {
      throw new ColumnPresetException(
          Problem.UNKNOWN, name, "There is no saved column preset named '" + name + "'.");
    }
  }

  /**
   * A name stripped of outer spaces, or the reason it is refused: empty, over {@link #MAX_NAME}
   * characters, characters other than letters, digits, spaces, '-', '_' and '.' (so it can be typed
   * after --preset), a built-in name.
   */
  public static String checkName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new ColumnPresetException(Problem.EMPTY, n, "The preset needs a name.");
    }
    if (n.codePointCount(0, n.length()) > MAX_NAME) {
      throw new ColumnPresetException(
          Problem.TOO_LONG, n, "The name is longer than " + MAX_NAME + " characters.");
    }
    boolean plain =
        n.codePoints()
            .allMatch(
                c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == '.');
    if (!plain) {
      throw new ColumnPresetException(
          Problem.CHARACTERS,
          n,
          "Use only letters, digits, spaces, '-', '_' and '.' in a preset name.");
    }
    if (ColumnMapping.isBuiltIn(n)) {
      throw new ColumnPresetException(
          Problem.BUILT_IN, n, "'" + n + "' is a built-in preset; choose another name.");
    }
    return n;
  }
}
