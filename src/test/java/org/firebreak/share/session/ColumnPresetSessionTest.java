package org.firebreak.share.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.MessageField;
import org.firebreak.store.MergeConflict;
import org.firebreak.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team's saved CSV column presets travel in the session file and are merged by name. */
class ColumnPresetSessionTest {

  @TempDir Path dir;

  private static ColumnMapping columns(String text, String author) {
    return ColumnMapping.of(
        "x", Map.of(MessageField.TEXT, text, MessageField.AUTHOR, author), null);
  }

  @Test
  void anOpenedCopyImportsWithTheSavedPreset() throws Exception {
    try (Services source = SessionFixture.demo(dir, "source", SessionFixture.clock())) {
      source.columnPresets().save("Meltwater export", columns("Body", "Handle"), "ana");
      Path file = SessionFixture.export(source, dir.resolve("incident.firebreak"));

      SessionOpener.open(file, dir.resolve("copy"));
      try (Services copy = Services.open(dir.resolve("copy"), SessionFixture.clock())) {
        assertThat(copy.columnPresets().names()).contains("Meltwater export");
        assertThat(copy.columnPresets().mapping("meltwater EXPORT").columns())
            .containsEntry(MessageField.TEXT, "Body")
            .containsEntry(MessageField.AUTHOR, "Handle");
        assertThat(SessionChecksums.of(copy.database()).get("column_presets"))
            .isEqualTo(SessionChecksums.of(source.database()).get("column_presets"))
            .startsWith("1:");
      }
    }
  }

  @Test
  void theLaterSavedPresetWinsEitherWayAndTheOtherIsReported() throws Exception {
    MutableClock c1 = SessionFixture.clock();
    MutableClock c2 = SessionFixture.clock();
    try (Services one = SessionFixture.demo(dir, "one", c1);
        Services two = SessionFixture.demo(dir, "two", c2)) {
      one.columnPresets().save("Meltwater", columns("Body", "Handle"), "ana");
      one.columnPresets().save("Sprinklr", columns("Message", "Sender"), "ana");
      c2.advance(Duration.ofMinutes(5));
      two.columnPresets().save("meltwater", columns("Content", "Author"), "ben");
      Path fromOne = SessionFixture.export(one, dir.resolve("one.firebreak"));
      Path fromTwo = SessionFixture.export(two, dir.resolve("two.firebreak"));

      MergeReport intoTwo = new SessionMerger(two.database()).merge(fromOne);
      MergeReport intoOne = new SessionMerger(one.database()).merge(fromTwo);

      for (Services s : new Services[] {one, two}) {
        assertThat(s.columnPresets().names()).endsWith("meltwater", "Sprinklr");
        assertThat(s.columnPresets().mapping("Meltwater").columns())
            .containsEntry(MessageField.TEXT, "Content");
      }
      assertThat(intoTwo.added()).containsEntry("column_presets", 1L);
      assertThat(intoOne.updated()).containsEntry("column_presets", 1L);
      for (MergeReport r : new MergeReport[] {intoOne, intoTwo}) {
        assertThat(r.conflicts())
            .filteredOn(c -> c.kind().equals("column_preset"))
            .singleElement()
            .satisfies(
                c -> {
                  assertThat(c.key()).isEqualTo("meltwater");
                  assertThat(c.kept()).contains("Content");
                  assertThat(c.other()).contains("Body");
                });
      }
      assertThat(SessionChecksums.of(one.database()))
          .isEqualTo(SessionChecksums.of(two.database()));

      MergeReport again = new SessionMerger(two.database()).merge(fromOne);
      assertThat(again.totalAdded()).isZero();
      assertThat(again.totalUpdated()).isZero();
      assertThat(again.conflicts()).extracting(MergeConflict::kind).isEmpty();
    }
  }

  @Test
  void theSameColumnsUnderANameInAnotherCaseAreNoConflict() throws Exception {
    MutableClock c1 = SessionFixture.clock();
    MutableClock c2 = SessionFixture.clock();
    try (Services one = SessionFixture.demo(dir, "one", c1);
        Services two = SessionFixture.demo(dir, "two", c2)) {
      one.columnPresets().save("meltwater", columns("Body", "Handle"), "ana");
      c2.advance(Duration.ofMinutes(5));
      two.columnPresets().save("Meltwater", columns("Body", "Handle"), "ben");
      Path fromTwo = SessionFixture.export(two, dir.resolve("two.firebreak"));

      MergeReport intoOne = new SessionMerger(one.database()).merge(fromTwo);

      assertThat(intoOne.conflicts())
          .extracting(MergeConflict::kind)
          .doesNotContain("column_preset");
      assertThat(intoOne.updated()).containsEntry("column_presets", 1L);
      assertThat(one.columnPresets().names()).contains("Meltwater").doesNotContain("meltwater");
    }
  }

  @Test
  void aPresetWithoutAReadableTimeRefusesTheMergeNamingTheField() throws Exception {
    try (Services target = SessionFixture.demo(dir, "target", SessionFixture.clock())) {
      Map<String, String> before = SessionChecksums.of(target.database());
      HostileArchive archive = new HostileArchive();
      archive.entry(
          "column_presets.ndjson",
          "{\"name\":\"Pulsar\",\"name_key\":\"pulsar\","
              + "\"definition\":\"{}\",\"created_by\":\"x\",\"created_at\":\"yesterday\"}\n");
      Path file = archive.write(dir.resolve("bad-time.firebreak"));

      assertThatThrownBy(() -> new SessionMerger(target.database()).merge(file))
          .hasMessageContaining("column_presets.ndjson")
          .hasMessageContaining("Pulsar")
          .hasMessageContaining("created_at");
      assertThat(SessionChecksums.of(target.database())).isEqualTo(before);
    }
  }

  @Test
  void aPresetWhoseNameCouldNotBeSavedHereRefusesTheMergeWhole() throws Exception {
    try (Services target = SessionFixture.demo(dir, "target", SessionFixture.clock())) {
      Map<String, String> before = SessionChecksums.of(target.database());
      HostileArchive archive = new HostileArchive();
      archive.entry(
          "column_presets.ndjson",
          "{\"name\":\"<b>Brandwatch</b>\",\"name_key\":\"<b>brandwatch</b>\","
              + "\"definition\":\"{}\",\"created_by\":\"x\","
              + "\"created_at\":\"2026-11-24T08:00:00Z\"}\n");
      Path file = archive.write(dir.resolve("bad.firebreak"));

      assertThatThrownBy(() -> new SessionMerger(target.database()).merge(file))
          .hasMessageContaining("column_presets.ndjson")
          .hasMessageContaining("<b>Brandwatch</b>");
      assertThat(SessionChecksums.of(target.database())).isEqualTo(before);
      assertThat(Files.exists(file)).isTrue();
    }
  }
}
