package org.firebreak.simulation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces people with personas, consistently: the same author (however written: {@code @Dina},
 * {@code dina}, {@code @dina@mastodon.social}) is always the same persona, in the author field and
 * wherever the text names them. Every other @handle in a text becomes a persona too, and links are
 * dropped (they carry handles and post ids).
 */
final class Anonymiser {

  private static final Pattern HANDLE =
      Pattern.compile("@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.-]*[\\p{L}\\p{N}_])?(?:@[\\w.-]+\\w)?");
  private static final Pattern LINK =
      Pattern.compile(
          "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|social|app|id|co)/\\S*");

  private final Map<String, String> personas = new HashMap<>();

  /** Bare author names (no @), longest first when replacing, as they were seen. */
  private final Map<String, String> bareNames = new HashMap<>();

  /** The persona standing for {@code author}. */
  String persona(String author) {
    String key = key(author);
    String persona = personas.computeIfAbsent(key, k -> "@persona" + (personas.size() + 1));
    String bare = author.strip();
    while (bare.startsWith("@")) {
      bare = bare.substring(1);
    }
    if (bare.length() >= 3) {
      bareNames.put(bare, persona);
      int at = bare.indexOf('@');
      if (at >= 3) {
        bareNames.put(bare.substring(0, at), persona);
      }
    }
    return persona;
  }

  /** {@code text} with links dropped and every handle and known author name replaced. */
  String text(String text) {
    String out = LINK.matcher(text).replaceAll("[link]");
    Matcher m = HANDLE.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(persona(m.group())));
    }
    m.appendTail(sb);
    out = sb.toString();
    List<Map.Entry<String, String>> names =
        bareNames.entrySet().stream()
            .sorted((a, b) -> b.getKey().length() - a.getKey().length())
            .toList();
    for (Map.Entry<String, String> e : names) {
      out =
          Pattern.compile(
                  "(?iu)(?<![\\p{L}\\p{N}_@])" + Pattern.quote(e.getKey()) + "(?![\\p{L}\\p{N}_])")
              .matcher(out)
              .replaceAll(Matcher.quoteReplacement(e.getValue().substring(1)));
    }
    return out;
  }

  int personas() {
    return personas.size();
  }

  /** Reach kept to one significant figure: the size of the audience, not who it is. */
  static long roughReach(long reach) {
    if (reach < 10) {
      return Math.max(0, reach);
    }
    long scale = (long) Math.pow(10, (long) Math.log10(reach));
    return reach / scale * scale;
  }

  private static String key(String author) {
    String k = author.strip().toLowerCase(Locale.ROOT);
    while (k.startsWith("@")) {
      k = k.substring(1);
    }
    int at = k.indexOf('@');
    return at > 0 ? k.substring(0, at) : k;
  }
}
