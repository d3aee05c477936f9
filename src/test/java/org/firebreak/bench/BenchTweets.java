package org.firebreak.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Real-looking message text for benchmarks ({@code -Dbench.text=crisislex}): runs of 3 to 8
 * consecutive words taken from random places in 200 real tweets of the 2013 Alberta floods
 * (CrisisLexT6, MIT licence, {@code src/test/resources/intake/alberta_floods_LICENSE.txt}), so
 * every message differs and compresses about as real posts do, unlike the eight kettle sentences
 * that deflate several times faster.
 */
final class BenchTweets {

  private static final String SOURCE = "/intake/alberta_floods_sample.csv";
  private static final String[] WORDS = load();

  private BenchTweets() {}

  /** Whether the benchmark runs on this text ({@code -Dbench.text=crisislex}). */
  static boolean chosen() {
    return "crisislex".equals(System.getProperty("bench.text", "kettle"));
  }

  /** Message {@code i}'s text: 6 to 30 words, the same for the same {@code i}. */
  static String text(int i) {
    SplittableRandom r = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 7);
    int words = 6 + r.nextInt(25);
    StringBuilder out = new StringBuilder(words * 7);
    while (words > 0) {
      int run = Math.min(words, 3 + r.nextInt(6));
      int from = r.nextInt(WORDS.length - run);
      for (int k = 0; k < run; k++) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(WORDS[from + k]);
      }
      words -= run;
    }
    return out.toString();
  }

  private static String[] load() {
    List<String> words = new ArrayList<>();
    try (InputStream in = BenchTweets.class.getResourceAsStream(SOURCE);
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      lines.readLine(); // header: tweet id, tweet, label
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int open = line.indexOf(",\"");
        int close = line.lastIndexOf("\",");
        if (open >= 0 && close > open) {
          String tweet = line.substring(open + 2, close).replace("\"\"", "\"");
          for (String w : tweet.split("\\s+")) {
            if (!w.isEmpty()) {
              words.add(w);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words.toArray(String[]::new);
  }
}
