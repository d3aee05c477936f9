package org.firebreak.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.app.Services;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.SameThreadRunner;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ReadFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub is read again on every change. A database gone from under it says so once in the status
 * bar, like every other view, not in an error dialog per change.
 */
class HubReadFailureTest {

  @TempDir Path dir;

  @Test
  void aHubThatCannotBeReadSaysSoInTheStatusBarNotInADialog() throws Exception {
    I18n i18n = new I18n(Locale.ENGLISH);
    MutableClock clock = new MutableClock(TempDatabase.T0);
    ReadFailures failures = new ReadFailures(i18n, new Formats(i18n, ZoneOffset.UTC), clock);
    List<Throwable> dialogs = new ArrayList<>();
    DataChanged changes = new DataChanged();
    HubViewModel vm;
    try (Services s = TempDatabase.open(dir, clock)) {
      vm =
          new HubViewModel(
              s.hub(),
              s.hubSite(),
              s.incidents(),
              new SameThreadRunner(),
              changes,
              dialogs::add,
              failures);
      vm.refresh();
      assertThat(failures.shownProperty().get()).isEmpty();
    } // the database closed under the console, as on a lost drive

    changes.fire();
    changes.fire();

    assertThat(dialogs).isEmpty();
    assertThat(failures.shownProperty().get()).startsWith("Reading the crisis hub failed at ");
  }
}
