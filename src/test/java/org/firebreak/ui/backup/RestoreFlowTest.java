package org.firebreak.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import org.firebreak.store.Backups;
import org.firebreak.testing.SameThreadRunner;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ReadFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The welcome screen's "Restore" stays disabled while no backup is known. A backup folder that
 * cannot be read must say so, or a person would take the disabled button for "no backups".
 */
class RestoreFlowTest {

  @TempDir Path dir;

  private final I18n i18n = new I18n(Locale.ENGLISH);
  private final ReadFailures failures =
      new ReadFailures(i18n, new Formats(i18n, ZoneOffset.UTC), Clock.systemUTC());

  @Test
  void anUnreadableBackupListIsShownAndClearsOnceTheListReads() throws Exception {
    Path base = dir.resolve("incident");
    Path folder = Files.createDirectories(Backups.folder(base));
    Path label = folder.resolve("firebreak-1.zip.properties");
    Files.writeString(label, "taken_at=yesterday\nmessages=3\naudit_rows=4\n");
    Files.writeString(folder.resolve("firebreak-1.zip"), "zip");
    RestoreFlow flow =
        new RestoreFlow(base, new SameThreadRunner(), i18n, null, () -> null, failures);

    flow.refresh();

    assertThat(flow.availableProperty().get()).isFalse();
    assertThat(failures.shownProperty().get()).startsWith("Reading the list of backups failed at ");
    assertThat(failures.detailProperty().get()).contains(folder.toString());

    Files.writeString(label, "taken_at=2026-11-25T09:00:00Z\nmessages=3\naudit_rows=4\n");
    flow.refresh();

    assertThat(flow.availableProperty().get()).isTrue();
    assertThat(failures.shownProperty().get()).isEmpty();
  }
}
