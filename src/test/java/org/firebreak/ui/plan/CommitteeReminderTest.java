package org.firebreak.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.app.Services;
import org.firebreak.plan.CommitteeMember;
import org.firebreak.plan.Department;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.SameThreadRunner;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.Formats;
import org.firebreak.ui.common.I18n;
import org.firebreak.ui.common.ReadFailures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice at the console's start that the committee has not met when it should have. */
class CommitteeReminderTest {

  @TempDir Path dir;

  private final I18n i18n = new I18n(Locale.ENGLISH);
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private final ReadFailures failures =
      new ReadFailures(i18n, new Formats(i18n, ZoneOffset.UTC), clock);

  @Test
  void aCommitteeThatNeverMetIsToldOnceAndOneThatMetIsNot() throws Exception {
    try (Services services = TempDatabase.open(dir, clock)) {
      CommitteeViewModel vm = model(services);
      List<String> notices = new ArrayList<>();
      vm.remindOnce(notices::add);
      assertThat(notices).as("no committee yet: nobody to remind").isEmpty();

      services
          .committee()
          .save(new CommitteeMember(0, "Dewi", Department.LEGAL, "Counsel", null, null), "lead");
      vm.remindOnce(notices::add);
      assertThat(notices).containsExactly(i18n.get("committee.reminder.never"));

      services.committee().markMet("lead");
      clock.advance(Duration.ofDays(1));
      vm.remindOnce(notices::add);
      assertThat(notices).as("met yesterday: nothing due").hasSize(1);
      assertThat(failures.shownProperty().get()).isEmpty();
    }
  }

  @Test
  void aReminderThatCannotBeCheckedSaysSoInTheStatusBar() throws Exception {
    List<String> notices = new ArrayList<>();
    CommitteeViewModel vm;
    try (Services services = TempDatabase.open(dir, clock)) {
      vm = model(services);
    } // the database closed under the console, as on a lost drive

    vm.remindOnce(notices::add);

    assertThat(notices).isEmpty();
    assertThat(failures.shownProperty().get())
        .startsWith("Checking when the committee last met failed at ");
  }

  private CommitteeViewModel model(Services services) {
    return new CommitteeViewModel(
        services.committee(),
        new SameThreadRunner(),
        new DataChanged(),
        i18n,
        new Formats(i18n, ZoneOffset.UTC),
        clock,
        "lead",
        failures);
  }
}
