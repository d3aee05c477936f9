package org.firebreak.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.firebreak.ui.common.RefreshWhenShown;
import org.junit.jupiter.api.Test;

class RefreshWhenShownTest {

  @Test
  void aHiddenViewRefreshesOnceWhenShownNotOnEveryChange() {
    AtomicInteger refreshes = new AtomicInteger();
    RefreshWhenShown view = new RefreshWhenShown(refreshes::incrementAndGet, false);

    for (int i = 0; i < 50; i++) {
      view.changed(); // fifty triage keystrokes on another tab
    }
    assertThat(refreshes).hasValue(0);
    assertThat(view.isStale()).isTrue();

    view.setShown(true);
    assertThat(refreshes).hasValue(1);
    view.setShown(true);
    assertThat(refreshes).hasValue(1);

    view.changed();
    assertThat(refreshes).hasValue(2);
    view.setShown(false);
    view.setShown(true);
    assertThat(refreshes).as("nothing changed while hidden").hasValue(2);
  }
}
