package org.firebreak.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnPresetException.Problem;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnPresetsTest {

  @TempDir Path dir;
  private Services services;
  private ColumnPresets presets;
  private final ColumnMapping acme =
      ColumnMapping.generic().with(List.of("id=Kode", "text=Isi pesan", "default_platform=x"));

  @BeforeEach
  void open() {
    services = TempDatabase.open(dir, new MutableClock(TempDatabase.T0));
    presets = services.columnPresets();
  }

  @AfterEach
  void close() {
    services.close();
  }

  private Problem refused(String name) {
    try {
      presets.save(name, acme, "test");
    } catch (ColumnPresetException e) {
      return e.problem();
    }
    return null;
  }

  @Test
  void aSavedPresetComesBackWithItsColumnsAndPlatformAfterReopening() {
    presets.save("  Acme monitor ", acme, "test");
    services.close();
    services = TempDatabase.open(dir, new MutableClock(TempDatabase.T0));
    ColumnPresets reopened = services.columnPresets();
    assertThat(reopened.names())
        .containsExactly("generic", "brandwatch", "talkwalker", "Acme monitor");
    ColumnMapping back = reopened.mapping("ACME MONITOR");
    assertThat(back.preset()).isEqualTo("Acme monitor");
    assertThat(back.columns())
        .containsEntry(MessageField.ID, "Kode")
        .containsEntry(MessageField.TEXT, "Isi pesan")
        .hasSize(2);
    assertThat(back.defaultPlatform()).isEqualTo(org.firebreak.incident.Platform.X);
    assertThat(back.resolve(List.of("Isi pesan", "Kode")))
        .containsEntry(MessageField.TEXT, 0)
        .containsEntry(MessageField.ID, 1);
  }

  @Test
  void badNamesAreRefusedWithTheirReasonAndNothingIsStored() {
    presets.save("Acme", acme, "test");
    assertThat(refused("   ")).isEqualTo(Problem.EMPTY);
    assertThat(refused("x".repeat(ColumnPresets.MAX_NAME + 1))).isEqualTo(Problem.TOO_LONG);
    assertThat(refused("acme/../x")).isEqualTo(Problem.CHARACTERS);
    assertThat(refused("<script>")).isEqualTo(Problem.CHARACTERS);
    assertThat(refused("Brandwatch")).isEqualTo(Problem.BUILT_IN);
    assertThat(refused("ACME")).isEqualTo(Problem.TAKEN);
    assertThat(refused("Pantau Média 2")).as("letters of any language").isNull();
    assertThat(presets.names())
        .containsExactly("generic", "brandwatch", "talkwalker", "Acme", "Pantau Média 2");
  }

  @Test
  void aSavedPresetCanBeDeletedButABuiltInOneCannot() {
    presets.save("Acme", acme, "test");
    presets.delete("acme");
    assertThat(presets.names()).containsExactly("generic", "brandwatch", "talkwalker");
    assertThatThrownBy(() -> presets.mapping("Acme"))
        .isInstanceOf(ColumnPresetException.class)
        .hasMessageContaining("use generic, brandwatch, talkwalker");
    assertThatThrownBy(() -> presets.delete("talkwalker")).hasMessageContaining("built in");
    assertThatThrownBy(() -> presets.delete("Acme")).hasMessageContaining("no saved");
    assertThat(presets.mapping("Talkwalker").namedColumn(MessageField.TEXT)).isEqualTo("content");
  }
}
