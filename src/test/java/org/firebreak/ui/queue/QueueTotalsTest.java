package org.firebreak.ui.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueueTotalsTest {

  private final AtomicLong overdueInDatabase = new AtomicLong(3);
  private final QueueTotals totals =
      new QueueTotals(now -> new QueueTotals.Figures(overdueInDatabase.get(), Map.of()));
  private final Instant t0 = Instant.parse("2026-11-24T08:00:00Z");

  @Test
  void refreshesWithNothingChangedReuseTheFiguresReadOnce() {
    for (int i = 0; i < 10; i++) {
      assertThat(totals.at(t0.plusMillis(500L * i)).overdueCount()).isEqualTo(3);
    }
    assertThat(totals.loads()).isEqualTo(1);
  }

  @Test
  void aChangeToTheDataIsReadAtTheNextRefresh() {
    totals.at(t0);
    overdueInDatabase.set(7);
    totals.changed();
    assertThat(totals.at(t0.plusSeconds(1)).overdueCount()).isEqualTo(7);
    assertThat(totals.loads()).isEqualTo(2);
  }

  @Test
  void theOverdueCountIsReadAgainOnceTimeAloneCouldHaveMovedIt() {
    totals.at(t0);
    overdueInDatabase.set(4); // a message passed its target while nothing was done
    assertThat(totals.at(t0.plus(QueueTotals.FRESH).minusMillis(1)).overdueCount()).isEqualTo(3);
    assertThat(totals.at(t0.plus(QueueTotals.FRESH)).overdueCount()).isEqualTo(4);
    assertThat(totals.at(t0.minusSeconds(60)).overdueCount())
        .as("a clock set back reads again")
        .isEqualTo(4);
    assertThat(totals.loads()).isEqualTo(3);
  }
}
