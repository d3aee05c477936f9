package org.firebreak.ui.preferences;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Locale;
import org.firebreak.incident.Incident;
import org.firebreak.ui.common.I18n;

/**
 * One person's comfort settings. Any value out of range (a hand-edited or older file) becomes its
 * default, so a preferences file can never stop the console from opening.
 *
 * @param language "system", "en" or "id"
 * @param theme "light", "dark" or "high-contrast"
 * @param fontSize base font size in pixels
 * @param sounds whether the crisis clock beeps when it crosses a threshold
 * @param firstResponseMinutes the first-response window the Declare dialog starts with
 * @param intake the live intake sources (webhook, watched folder); off when missing
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Preferences(
    String language,
    String theme,
    int fontSize,
    boolean sounds,
    int firstResponseMinutes,
    IntakePreferences intake) {

  public static final List<String> LANGUAGES = List.of("system", "en", "id");
  public static final List<String> THEMES = List.of("light", "dark", "high-contrast");
  public static final int MIN_FONT = 10;
  public static final int MAX_FONT = 24;
  public static final int DEFAULT_FONT = 14;
  public static final int MAX_WINDOW_MINUTES = 1440;
  private static final int DEFAULT_WINDOW = (int) Incident.DEFAULT_WINDOW.toMinutes();

  public Preferences {
    language = LANGUAGES.contains(language) ? language : "system";
    theme = THEMES.contains(theme) ? theme : "light";
    fontSize = fontSize < MIN_FONT || fontSize > MAX_FONT ? DEFAULT_FONT : fontSize;
    firstResponseMinutes =
        firstResponseMinutes < 1 || firstResponseMinutes > MAX_WINDOW_MINUTES
            ? DEFAULT_WINDOW
            : firstResponseMinutes;
    intake = intake == null ? IntakePreferences.OFF : intake;
  }

  public Preferences(
      String language, String theme, int fontSize, boolean sounds, int firstResponseMinutes) {
    this(language, theme, fontSize, sounds, firstResponseMinutes, IntakePreferences.OFF);
  }

  public static Preferences defaults() {
    return new Preferences("system", "light", DEFAULT_FONT, true, DEFAULT_WINDOW);
  }

  /** The interface language these preferences ask for ("system" follows the machine). */
  public Locale locale() {
    return switch (language) {
      case "en" -> Locale.ENGLISH;
      case "id" -> Locale.forLanguageTag("id");
      default -> I18n.defaultLocale();
    };
  }

  public Preferences withLanguage(String value) {
    return new Preferences(value, theme, fontSize, sounds, firstResponseMinutes, intake);
  }

  public Preferences withIntake(IntakePreferences value) {
    return new Preferences(language, theme, fontSize, sounds, firstResponseMinutes, value);
  }

  public Preferences withTheme(String value) {
    return new Preferences(language, value, fontSize, sounds, firstResponseMinutes, intake);
  }
}
