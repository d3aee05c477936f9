package org.firebreak.monitor;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hashtags and words that dominate a set of messages, ignoring common English and Indonesian
 * words.
 */
public final class TopTerms {

  private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]{2,50}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'-]{2,30}");
  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "you", "your", "are", "was", "this", "that", "with", "have", "has",
          "not", "but", "what", "why", "how", "can", "will", "just", "from", "our", "all", "any",
          "there", "here", "they", "them", "who", "about", "been", "does", "did", "get", "got",
          "yang", "dan", "tidak", "saya", "ini", "itu", "untuk", "dari", "dengan", "ada", "sudah",
          "belum", "kami", "kita", "apakah", "juga", "akan", "bisa", "atau", "karena", "sampai",
          "http", "https", "www", "com");

  private TopTerms() {}

  /** Hashtags first, then words, each with its count, most frequent first. */
  public static Map<String, Integer> of(List<String> texts, int limit) {
    Map<String, Integer> tags = new HashMap<>();
    Map<String, Integer> words = new HashMap<>();
    for (String text : texts) {
      String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
      Matcher h = HASHTAG.matcher(lower);
      while (h.find()) {
        tags.merge(h.group(), 1, Integer::sum);
      }
      Matcher w =
          WORD.matcher(
              HASHTAG.matcher(lower).replaceAll(" ").replaceAll("@\\S+|https?://\\S+", " "));
      while (w.find()) {
        if (!STOP.contains(w.group())) {
          words.merge(w.group(), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    top(tags, limit, out);
    top(words, limit - out.size(), out);
    return out;
  }

  private static void top(Map<String, Integer> counts, int limit, Map<String, Integer> out) {
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(Math.max(0, limit))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
  }
}
