package org.firebreak.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sentiment from the VADER lexicon (MIT, shipped in {@code lexicon/}): word valences summed, a
 * valence flipped and damped when one of the three words before it negates it, then squashed to
 * [-1, 1] by VADER's {@code sum / sqrt(sum^2 + 15)}.
 */
public final class Sentiment {

  private static final double ALPHA = 15;
  private static final double NEGATION_SCALAR = -0.74;
  private static final Set<String> NEGATIONS =
      Set.of(
          "not",
          "no",
          "never",
          "none",
          "nobody",
          "nothing",
          "neither",
          "nor",
          "without",
          "cannot",
          "can't",
          "cant",
          "don't",
          "dont",
          "doesn't",
          "doesnt",
          "didn't",
          "didnt",
          "isn't",
          "isnt",
          "wasn't",
          "wasnt",
          "aren't",
          "arent",
          "won't",
          "wont",
          "wouldn't",
          "shouldn't",
          "couldn't",
          "ain't",
          "tidak",
          "tak",
          "bukan",
          "jangan",
          "belum",
          "gak",
          "nggak",
          "enggak");

  private final Map<String, Double> valence;

  private Sentiment(Map<String, Double> valence) {
    this.valence = valence;
  }

  /** Loads the bundled VADER lexicon. */
  public static Sentiment vader() {
    try (InputStream in = Sentiment.class.getResourceAsStream("/lexicon/vader_lexicon.txt")) {
      if (in == null) {
        throw new IllegalStateException("lexicon/vader_lexicon.txt is missing from the build");
      }
      Map<String, Double> words = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] parts = line.split("\t");
        if (parts.length >= 2) {
          words.put(parts[0], Double.parseDouble(parts[1]));
        }
      }
      return new Sentiment(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compound score from -1 (very negative) to 1 (very positive); 0 for no known words. */
  public double score(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    String[] tokens = text.split("\\s+");
    double sum = 0;
    String[] words = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String raw = tokens[i];
      Double v = valence.get(raw); // emoticons such as :( are keys as written
      String word = strip(raw.toLowerCase(Locale.ROOT));
      words[i] = word;
      if (v == null) {
        v = valence.get(word);
      }
      if (v == null) {
        continue;
      }
      for (int back = 1; back <= 3 && i - back >= 0; back++) {
        if (NEGATIONS.contains(words[i - back]) || words[i - back].endsWith("n't")) {
          v *= NEGATION_SCALAR;
          break;
        }
      }
      sum += v;
    }
    double compound = sum / Math.sqrt(sum * sum + ALPHA);
    return Math.max(-1, Math.min(1, compound));
  }

  private static String strip(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && !Character.isLetterOrDigit(token.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end);
  }
}
