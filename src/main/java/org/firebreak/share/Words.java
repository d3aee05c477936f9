package org.firebreak.share;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the hub page and the reports (resource bundle i18n/share, en and id). */
public final class Words {

  private final ResourceBundle bundle;
  private final Locale locale;

  public Words(String language) {
    this.locale = Locale.forLanguageTag(HubService.language(language));
    this.bundle =
        ResourceBundle.getBundle(
            "i18n.share",
            "en".equals(language) ? Locale.ROOT : locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** A drill score part's stored detail, in these words. */
  public String scoreDetail(String stored) {
    return org.firebreak.simulation.ScoreDetail.render(stored, this::get, this::has);
  }

  /** The score with every part's detail in these words. */
  public org.firebreak.simulation.DrillScore inWords(org.firebreak.simulation.DrillScore score) {
    return org.firebreak.simulation.ScoreDetail.rendered(score, this::get, this::has);
  }
}
