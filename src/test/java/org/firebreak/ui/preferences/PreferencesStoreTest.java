package org.firebreak.ui.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class PreferencesStoreTest {

  @TempDir Path dir;
  private final Logger log = (Logger) LoggerFactory.getLogger(PreferencesStore.class);
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

  @BeforeEach
  void listen() {
    logged.start();
    log.addAppender(logged);
  }

  @AfterEach
  void stopListening() {
    log.detachAppender(logged);
  }

  private PreferencesStore store() {
    return new PreferencesStore(dir.resolve("nested").resolve(PreferencesStore.FILE_NAME));
  }

  @Test
  void whatIsSavedIsReadBack() throws Exception {
    Preferences chosen = new Preferences("id", "high-contrast", 18, false, 30);
    store().save(chosen);
    assertThat(store().load()).isEqualTo(chosen);
    assertThat(store().load().locale()).isEqualTo(Locale.forLanguageTag("id"));
    assertThat(Files.list(store().file().getParent()))
        .as("no temp file left behind")
        .containsExactly(store().file());
  }

  @Test
  void intakeSourcesAreReadBackAndAnOlderFileHasThemOff() throws Exception {
    Preferences chosen =
        Preferences.defaults().withIntake(new IntakePreferences(true, 9000, " /srv/inbox "));
    store().save(chosen);
    assertThat(store().load().intake()).isEqualTo(new IntakePreferences(true, 9000, "/srv/inbox"));

    Files.writeString(store().file(), "{\"language\": \"id\", \"fontSize\": 16}");
    assertThat(store().load().intake()).isEqualTo(IntakePreferences.OFF);
    assertThat(store().load().intake().webhook()).isFalse();
  }

  @Test
  void noFileGivesTheDefaultsQuietly() {
    assertThat(store().load()).isEqualTo(Preferences.defaults());
    assertThat(logged.list).isEmpty();
  }

  @Test
  void aCorruptFileGivesTheDefaultsAndAWarningNamingTheFile() throws Exception {
    Files.createDirectories(store().file().getParent());
    Files.writeString(store().file(), "{\"language\": \"id\", \"fontSize\": ");
    assertThat(store().load()).isEqualTo(Preferences.defaults());
    assertThat(logged.list)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getLevel()).isEqualTo(Level.WARN);
              assertThat(e.getFormattedMessage()).contains(store().file().toString());
            });
  }

  @Test
  void notJsonAtAllOrTheWrongShapeGivesTheDefaults() throws Exception {
    Files.createDirectories(store().file().getParent());
    for (String junk : new String[] {"\u0000\u0001binary", "[1, 2, 3]", "\"just a string\"", ""}) {
      Files.writeString(store().file(), junk);
      assertThat(store().load()).as(junk).isEqualTo(Preferences.defaults());
    }
  }

  @Test
  void outOfRangeOrUnknownValuesBecomeDefaultsAndUnknownFieldsAreIgnored() throws Exception {
    Files.createDirectories(store().file().getParent());
    Files.writeString(
        store().file(),
        "{\"language\":\"fr\",\"theme\":\"neon\",\"fontSize\":99,\"sounds\":false,"
            + "\"firstResponseMinutes\":-5,\"fromTheFuture\":true}");
    Preferences read = store().load();
    assertThat(read.language()).isEqualTo("system");
    assertThat(read.theme()).isEqualTo("light");
    assertThat(read.fontSize()).isEqualTo(Preferences.DEFAULT_FONT);
    assertThat(read.sounds()).isFalse();
    assertThat(read.firstResponseMinutes()).isEqualTo(15);
  }
}
