package org.firebreak.cli;

import org.firebreak.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Prints the release and the database schema this build writes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "Firebreak " + AppVersion.release() + " (database schema " + AppVersion.SCHEMA_VERSION + ")"
    };
  }
}
