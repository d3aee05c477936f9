package org.firebreak.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.firebreak.app.RecentDatabases;

/**
 * What the window around a console offers it: preferences, opening another incident database, and
 * the databases opened recently (for the welcome screen). A drill window or a test offers none.
 *
 * @param openPreferences opens the Preferences dialog, or null
 * @param chooseDatabase asks for a database file and opens it, or null
 * @param recent the databases opened recently, newest first, not counting the one in view
 * @param openDatabase opens the database at this base path in place of the current one, or null
 */
public record HostActions(
    Runnable openPreferences,
    Runnable chooseDatabase,
    List<RecentDatabases.Entry> recent,
    Consumer<Path> openDatabase) {

  public static final HostActions NONE = new HostActions(null, null, List.of(), null);

  public HostActions {
    recent = List.copyOf(recent);
  }
}
