package org.firebreak.intake;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns import bytes into text leniently: a UTF-8 or UTF-16 byte-order mark picks the charset (and
 * is dropped), UTF-16 without a mark is recognised by its zero bytes, and bytes that are not valid
 * in the charset become U+FFFD instead of failing the import. The normaliser flags such messages.
 */
public final class TextDecoding {

  /** The replacement a lenient decoder puts where bytes were not valid text. */
  public static final char REPLACEMENT = '\uFFFD';

  private TextDecoding() {}

  /** A reader over {@code in} in the detected charset; the stream is consumed from its start. */
  public static Reader reader(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    Charset charset = detect(buffered);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new InputStreamReader(buffered, decoder);
  }

  /** Reads the charset from the first bytes, skipping a byte-order mark if there is one. */
  static Charset detect(BufferedInputStream in) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    int n = head.length;
    if (n >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      in.skip(3);
      return StandardCharsets.UTF_8;
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      in.skip(2);
      return StandardCharsets.UTF_16BE;
    }
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      in.skip(2);
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.UTF_8;
  }

  /** Drops NUL characters and lone surrogates, which H2 and the screen cannot show faithfully. */
  public static String clean(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean drop;
      if (c == '\0') {
        drop = true;
      } else if (Character.isHighSurrogate(c)) {
        drop = i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1));
        if (!drop) {
          if (out != null) {
            out.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        drop = Character.isLowSurrogate(c);
      }
      if (drop && out == null) {
        out = new StringBuilder(n).append(text, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
