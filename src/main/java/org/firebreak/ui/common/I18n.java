package org.firebreak.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface's words, in English or Bahasa Indonesia. */
public final class I18n {

  public static final String BUNDLE = "i18n.messages";
  private final ResourceBundle bundle;
  private final Locale locale;

  public I18n(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** English unless the system speaks Indonesian. */
  public static Locale defaultLocale() {
    return "id".equals(Locale.getDefault().getLanguage())
        ? Locale.forLanguageTag("id")
        : Locale.ENGLISH;
  }

  public Locale locale() {
    return locale;
  }

  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return "!" + key + "!";
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The label of an enum constant: key "prefix.CONSTANT". */
  public String of(String prefix, Enum<?> value) {
    return get(prefix + "." + value.name());
  }
}
