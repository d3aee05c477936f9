package org.firebreak.share;

/**
 * What a browser can show of a piece of text: line breaks become LF (as HTML parsing does) and
 * characters HTML cannot carry (controls other than tab and LF, lone surrogates, non-characters)
 * become U+FFFD, so what the page shows is exactly this cleaned text.
 */
public final class PublicText {
  private PublicText() {}

  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      out.appendCodePoint(allowed(cp) ? cp : 0xFFFD);
      i += len;
    }
    return out.toString();
  }

  private static boolean allowed(int cp) {
    if (cp == '\t' || cp == '\n') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) {
      return false;
    }
    if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      return false;
    }
    return !((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE);
  }
}
