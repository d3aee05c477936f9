package org.firebreak.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon posts arrive as HTML: line and paragraph breaks become newlines, tags are dropped and
 * entities decoded, so {@code &lt;script&gt;} ends up as the literal text a person typed.
 */
public final class HtmlText {

  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p\\s*>");
  private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private HtmlText() {}

  /** Plain text of an HTML fragment. */
  public static String toText(String html) {
    if (html == null) {
      return null;
    }
    String s = BREAK.matcher(html).replaceAll("\n");
    s = PARAGRAPH_END.matcher(s).replaceAll("\n\n");
    s = TAG.matcher(s).replaceAll("");
    return decodeEntities(s).strip();
  }

  /** Decodes numeric and the common named entities; unknown ones stay as written. */
  public static String decodeEntities(String text) {
    if (text == null || text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : "\uFFFD";
    }
    return switch (name) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> "\u00A0";
      case "hellip" -> "\u2026";
      case "mdash" -> "\u2014";
      case "ndash" -> "\u2013";
      default -> whole;
    };
  }
}
