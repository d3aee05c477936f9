package org.firebreak.ui.preferences;

import java.nio.file.Path;
import org.firebreak.intake.LiveIntake;

/**
 * The live intake sources a person switched on: the local webhook (off unless chosen) and its port,
 * and the watched folder ("" for none). The webhook's secret is not here: it sits in its own
 * owner-only file (ADR 0012).
 */
public record IntakePreferences(boolean webhook, int webhookPort, String watchFolder) {

  public static final int DEFAULT_PORT = 8787;
  public static final IntakePreferences OFF = new IntakePreferences(false, DEFAULT_PORT, "");

  public IntakePreferences {
    webhookPort = webhookPort < 1024 || webhookPort > 65535 ? DEFAULT_PORT : webhookPort;
    watchFolder = watchFolder == null ? "" : watchFolder.strip();
  }

  public LiveIntake.Settings settings() {
    return new LiveIntake.Settings(
        webhook, webhookPort, watchFolder.isEmpty() ? null : Path.of(watchFolder));
  }
}
