package org.firebreak.ui.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.firebreak.app.Services;
import org.firebreak.incident.Cause;
import org.firebreak.incident.ClockPhase;
import org.firebreak.incident.Platform;
import org.firebreak.statements.StatementKind;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.SameThreadRunner;
import org.firebreak.testing.TempDatabase;
import org.firebreak.ui.common.DataChanged;
import org.firebreak.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeaderViewModelTest {

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock(TempDatabase.T0);
  private final DataChanged dataChanged = new DataChanged();
  private Services services;
  private HeaderViewModel vm;
  private final List<ClockPhase> alerts = new ArrayList<>();

  @BeforeEach
  void open() {
    services = TempDatabase.open(dir, clock);
    vm =
        new HeaderViewModel(
            services.incidents(),
            services.statementService(),
            clock,
            new SameThreadRunner(),
            dataChanged,
            new I18n(Locale.ENGLISH));
    vm.onAlert(alerts::add);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private void minutes(int m) {
    clock.advance(Duration.ofMinutes(m));
    vm.tick();
  }

  @Test
  void notifiesAtEachThresholdAndMarksTheMinutes() {
    services
        .incidents()
        .declare("Kettle", Cause.EXTERNAL, Platform.X, Duration.ofMinutes(15), "ana");
    dataChanged.fire();
    assertThat(vm.clockTextProperty().get()).isEqualTo("15:00");
    assertThat(vm.marksProperty().get()).extracting(ClockMarks.Mark::reached).containsOnly(false);
    minutes(5);
    assertThat(vm.marksProperty().get().get(0).reached()).isTrue();
    minutes(3);
    assertThat(alerts).containsExactly(ClockPhase.WARNING);
    assertThat(vm.alertTitle(ClockPhase.WARNING)).contains("Half");
    minutes(5);
    minutes(3);
    assertThat(alerts).containsExactly(ClockPhase.WARNING, ClockPhase.CRITICAL, ClockPhase.OVERDUE);
    assertThat(vm.reminderTextProperty().get())
        .as("no reminder before the first statement")
        .isEmpty();
  }

  @Test
  void theFirstStatementOnTheOriginStopsTheClockAndStartsTheUpdateReminder() {
    services.writeDemo(); // declared 6 minutes ago, origin X; Tom approves, Ayu speaks
    dataChanged.fire();
    assertThat(vm.clockTextProperty().get()).isEqualTo("09:00");
    var statements = services.statementService();
    var s =
        statements.createDraft(
            StatementKind.APOLOGY, "Apology", "We are sorry.", "Ayu Lestari", "ana");
    statements.submitForReview(s.id(), "ana");
    statements.approve(s.id(), "Tom Becker");
    clock.advance(Duration.ofMinutes(2));
    statements.publish(s.id(), Platform.X, null, null, null, "ana");
    dataChanged.fire();

    assertThat(vm.phaseProperty().get()).isEqualTo(ClockPhase.MET);
    assertThat(vm.clockTextProperty().get()).isEqualTo("08:00");
    assertThat(vm.clockCaptionProperty().get()).isEqualTo("First statement out after");
    assertThat(vm.reminderTextProperty().get()).isEqualTo("Next update due in 30:00");
    minutes(31);
    assertThat(vm.reminderLateProperty().get()).isTrue();
    assertThat(vm.reminderTextProperty().get()).isEqualTo("Post an update now: 01:00 overdue");
    vm.cadenceMinutesProperty().set(60);
    assertThat(vm.reminderTextProperty().get()).isEqualTo("Next update due in 29:00");
    assertThat(alerts).isEmpty();
  }
}
