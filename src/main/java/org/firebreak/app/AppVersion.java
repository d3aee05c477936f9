package org.firebreak.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Firebreak release and the database schema it writes. */
public final class AppVersion {

  /** The highest Flyway migration this build ships (db/migration/V{n}__...). */
  public static final int SCHEMA_VERSION = 20;

  private AppVersion() {}

  public static String release() {
    try (InputStream in = AppVersion.class.getResourceAsStream("/firebreak-version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "dev");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
