package org.firebreak.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts read as English: "1 message", "2 messages", never "1 messages". Every English text that
 * chooses its noun by a count is formatted with 1 and with 2, and Indonesian (which has no plural
 * form) with the same numbers.
 */
class PluralsTest {

  private static final Pattern ARG = Pattern.compile("\\{(\\d)");

  private final I18n en = new I18n(Locale.ENGLISH);
  private final I18n id = new I18n(Locale.forLanguageTag("id"));

  @Test
  void everyCountedNounIsSingularForOneAndPluralForMore() throws Exception {
    Properties english = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/i18n/messages.properties")) {
      english.load(in);
    }
    int checked = 0;
    for (String key : english.stringPropertyNames()) {
      String pattern = english.getProperty(key);
      if (!pattern.contains(",choice,")) {
        continue;
      }
      Object[] ones = args(pattern, 1L);
      Object[] twos = args(pattern, 2L);
      assertThat(en.get(key, ones)).as(key).isNotEqualTo(en.get(key, twos)).doesNotContain("!");
      assertThat(id.get(key, twos)).as(key).contains("2").doesNotContain("!");
      checked++;
    }
    assertThat(checked).as("texts with a counted noun").isGreaterThanOrEqualTo(40);
  }

  @Test
  void theStatusBarAndTheQueueSayOneMessage() {
    assertThat(en.get("status.counts", 1L, 1L, 1L))
        .isEqualTo("1 message \u00b7 1 needs a reply \u00b7 1 reply");
    assertThat(en.get("status.counts", 1234L, 0L, 2L))
        .isEqualTo("1,234 messages \u00b7 0 need a reply \u00b7 2 replies");
    assertThat(en.get("queue.showing", "1", "1", 1L)).isEqualTo("Showing 1 of 1 message");
    assertThat(id.get("status.counts", 1234L, 0L, 2L)).startsWith("1.234 pesan");
  }

  /** As many arguments as the pattern names, each the given count. */
  private static Object[] args(String pattern, long n) {
    int most = -1;
    Matcher m = ARG.matcher(pattern);
    while (m.find()) {
      most = Math.max(most, Integer.parseInt(m.group(1)));
    }
    Object[] out = new Object[most + 1];
    java.util.Arrays.fill(out, n);
    return out;
  }
}
