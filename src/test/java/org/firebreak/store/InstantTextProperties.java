package org.firebreak.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** A session file's times read exactly as Instant.toString writes them, whatever the instant. */
class InstantTextProperties {

  private final InstantText text = new InstantText();

  @Property(tries = 3000)
  void writesWhatInstantToStringWrites(
      @ForAll @LongRange(min = -62_000_000_000L, max = 260_000_000_000L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @IntRange(min = 0, max = 3) int precision) {
    // millisecond times (as the database keeps them), micro, nano and whole seconds
    int n =
        switch (precision) {
          case 0 -> nanos / 1_000_000 * 1_000_000;
          case 1 -> nanos / 1000 * 1000;
          case 2 -> nanos;
          default -> 0;
        };
    Instant t = Instant.ofEpochSecond(seconds, n);
    assertThat(text.of(t)).isEqualTo(t.toString());
    assertThat(text.of(OffsetDateTime.ofInstant(t, ZoneOffset.ofHours(7)))).isEqualTo(t.toString());
  }

  @Test
  void daysInARowAndTheirEdges() {
    for (String s :
        new String[] {
          "2026-11-24T23:59:59.999Z",
          "2026-11-25T00:00:00Z",
          "2026-11-25T00:00:00.050Z",
          "1970-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z",
          "2024-02-29T12:00:00.000001Z"
        }) {
      assertThat(text.of(Instant.parse(s))).isEqualTo(s);
    }
    assertThat(text.of((OffsetDateTime) null)).isNull();
  }
}
