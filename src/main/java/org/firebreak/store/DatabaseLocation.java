package org.firebreak.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Chooses the incident database file: --db, then FIREBREAK_DB, then the per-user data folder. */
public final class DatabaseLocation {

  public static final String ENV_VARIABLE = "FIREBREAK_DB";
  private static final String H2_SUFFIX = ".mv.db";

  private DatabaseLocation() {}

  /**
   * The database base path (H2 adds ".mv.db").
   *
   * @param option the --db option, or null
   */
  public static Path resolve(String option, Map<String, String> env, String osName, Path home) {
    if (option != null && !option.isBlank()) {
      return base(Path.of(option));
    }
    String fromEnv = env.get(ENV_VARIABLE);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return base(Path.of(fromEnv));
    }
    return dataFolder(env, osName, home).resolve("firebreak");
  }

  public static Path resolveForThisUser(String option) {
    return resolve(
        option,
        System.getenv(),
        System.getProperty("os.name"),
        Path.of(System.getProperty("user.home")));
  }

  /** The per-user data folder, where the default database and the preferences live. */
  public static Path dataFolderForThisUser() {
    return dataFolder(
        System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
  }

  static Path dataFolder(Map<String, String> env, String osName, Path home) {
    String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
    if (os.contains("win")) {
      String appData = env.get("APPDATA");
      Path root = appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
      return root.resolve("Firebreak");
    }
    if (os.contains("mac")) {
      return home.resolve("Library").resolve("Application Support").resolve("Firebreak");
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path root =
        xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
    return root.resolve("firebreak");
  }

  /** Accepts "incident", "incident.mv.db" or a folder-free name; returns the path H2 expects. */
  public static Path base(Path given) {
    Path abs = given.toAbsolutePath().normalize();
    String name = abs.getFileName().toString();
    if (name.endsWith(H2_SUFFIX)) {
      return abs.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
    }
    return abs;
  }

  /** The file H2 actually writes for a base path. */
  public static Path dataFile(Path base) {
    return base.resolveSibling(base.getFileName() + H2_SUFFIX);
  }
}
