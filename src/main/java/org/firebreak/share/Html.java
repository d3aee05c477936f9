package org.firebreak.share;

import org.owasp.encoder.Encode;

/**
 * Builds a page where markup comes only from this code and every piece of text is encoded for its
 * context by the OWASP Java Encoder: element content, quoted attribute values, and links that are
 * allowed only for http and https.
 */
final class Html {

  static final String CSP =
      "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

  private final StringBuilder out = new StringBuilder(1 << 14);

  /** Markup written by this code (never text from a user or the database). */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text as element content. */
  Html text(String text) {
    out.append(Encode.forHtmlContent(PublicText.clean(text)));
    return this;
  }

  /** An element holding one piece of text; {@code dir="auto"} isolates bidi overrides in it. */
  Html element(String tag, String cssClass, String text) {
    out.append('<').append(tag);
    if (cssClass != null) {
      out.append(" class=\"").append(Encode.forHtmlAttribute(cssClass)).append('"');
    }
    out.append(" dir=\"auto\">");
    text(text);
    out.append("</").append(tag).append('>');
    return this;
  }

  /** A start tag with one attribute, its value encoded for a quoted attribute. */
  Html open(String tag, String attribute, String value) {
    out.append('<')
        .append(tag)
        .append(' ')
        .append(attribute)
        .append("=\"")
        .append(Encode.forHtmlAttribute(PublicText.clean(value)))
        .append("\">");
    return this;
  }

  /** A link when {@code url} is http or https; otherwise the address as plain text. */
  Html link(String url, String label) {
    if (SafeLink.of(url).isPresent()) {
      out.append("<a rel=\"noopener noreferrer\" href=\"")
          .append(Encode.forHtmlAttribute(url))
          .append("\" dir=\"auto\">");
      text(label);
      out.append("</a>");
    } else {
      element("span", "link-text", label);
    }
    return this;
  }

  /** The head every generated page shares: charset, strict CSP, viewport, stylesheet. */
  Html head(String language, String title, String stylesheet, boolean noIndex) {
    raw("<!DOCTYPE html>\n");
    open("html", "lang", language).raw("\n<head>\n<meta charset=\"utf-8\">\n");
    raw("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .raw(Encode.forHtmlAttribute(CSP))
        .raw("\">\n");
    raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
    if (noIndex) {
      raw("<meta name=\"robots\" content=\"noindex\">\n");
    }
    raw("<title>").text(title).raw("</title>\n");
    open("link rel=\"stylesheet\"", "href", stylesheet).raw("\n</head>\n");
    return this;
  }

  /**
   * A head for a single-file page: the stylesheet inline, allowed by its SHA-256 alone, so the CSP
   * stays as strict as the hub's (no 'unsafe-inline', nothing else may style the page).
   */
  Html headInline(String language, String title, String css) {
    String csp = CSP.replace("style-src 'self'", "style-src 'sha256-" + sha256(css) + "'");
    raw("<!DOCTYPE html>\n");
    open("html", "lang", language).raw("\n<head>\n<meta charset=\"utf-8\">\n");
    raw("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .raw(Encode.forHtmlAttribute(csp))
        .raw("\">\n");
    raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
    raw("<title>").text(title).raw("</title>\n<style>").raw(css).raw("</style>\n</head>\n");
    return this;
  }

  static String sha256(String text) {
    try {
      byte[] digest =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.Base64.getEncoder().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
