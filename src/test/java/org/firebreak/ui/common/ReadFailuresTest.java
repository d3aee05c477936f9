package org.firebreak.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReadFailuresTest {

  private final I18n i18n = new I18n(Locale.ENGLISH);
  private final ReadFailures failures =
      new ReadFailures(
          i18n,
          new Formats(i18n, ZoneOffset.UTC),
          Clock.fixed(Instant.parse("2026-11-25T09:41:07Z"), ZoneOffset.UTC));

  @Test
  void aFailedReadStaysInViewUntilThatViewReadsAgain() {
    List<Integer> shown = new ArrayList<>();
    failures
        .of("failed.queue")
        .accept(new IllegalStateException(new SQLException("Database is closed")));

    assertThat(failures.shownProperty().get())
        .startsWith("Reading the queue failed at ")
        .contains("out of date");
    assertThat(failures.detailProperty().get()).contains("Database is closed");

    failures
        .<Integer>ok("failed.replies", shown::add)
        .accept(7); // another view reading proves nothing
    assertThat(failures.shownProperty().get()).startsWith("Reading the queue failed");

    failures.<Integer>ok("failed.queue", shown::add).accept(3);
    assertThat(failures.shownProperty().get()).isEmpty();
    assertThat(failures.detailProperty().get()).isEmpty();
    assertThat(shown).containsExactly(7, 3);
  }

  @Test
  void theLatestOfSeveralFailingViewsIsShownAndTheOtherReturnsWhenItClears() {
    failures.of("failed.queue").accept(new RuntimeException("page"));
    failures.of("failed.replies").accept(new RuntimeException("debt"));
    assertThat(failures.shownProperty().get()).startsWith("Reading the reply figures failed");

    failures.ok("failed.replies");
    assertThat(failures.shownProperty().get()).startsWith("Reading the queue failed");
    assertThat(failures.detailProperty().get()).isEqualTo("page");

    failures.of("failed.queue").accept(new RuntimeException("page again"));
    assertThat(failures.detailProperty().get()).isEqualTo("page again");
  }

  @Test
  void itSpeaksIndonesian() {
    I18n id = new I18n(Locale.forLanguageTag("id"));
    ReadFailures inId = new ReadFailures(id, new Formats(id, ZoneOffset.UTC), Clock.systemUTC());
    inId.of("failed.arrivals").accept(new RuntimeException("x"));
    assertThat(inId.shownProperty().get()).startsWith("Memeriksa pesan baru gagal pukul");
  }
}
