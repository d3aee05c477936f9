package org.firebreak.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Groups retweets and copy-pasted complaints: the text without its RT prefix, links, mentions,
 * punctuation and case, cut to its first twelve words, hashed. Same key, same cluster.
 */
public final class NearDuplicateKey {

  static final int WORDS = 12;
  private static final Pattern RETWEET = Pattern.compile("^\\s*rt\\s+@\\S+:?\\s*");
  private static final Pattern URL = Pattern.compile("(https?://|www\\.)\\S+");
  private static final Pattern MENTION = Pattern.compile("@\\w+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}#]+");

  private NearDuplicateKey() {}

  /** 32 hex characters, or null for text with no words left to compare. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String s = text.toLowerCase(Locale.ROOT);
    s = RETWEET.matcher(s).replaceFirst("");
    s = URL.matcher(s).replaceAll(" ");
    s = MENTION.matcher(s).replaceAll(" ");
    s = NOT_WORD.matcher(s).replaceAll(" ").strip();
    if (s.isEmpty()) {
      return null;
    }
    String[] words = s.split(" ");
    String key = String.join(" ", java.util.Arrays.copyOf(words, Math.min(WORDS, words.length)));
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
