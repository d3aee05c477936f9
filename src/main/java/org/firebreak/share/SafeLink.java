package org.firebreak.share;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A link the public page may turn into an anchor: an absolute http or https address with a host.
 * Anything else (javascript:, data:, relative paths, malformed text) stays plain text.
 */
public final class SafeLink {
  private SafeLink() {}

  public static Optional<URI> of(String url) {
    if (url == null || url.isBlank() || url.length() > HubService.MAX_URL) {
      return Optional.empty();
    }
    for (int i = 0; i < url.length(); i++) {
      char ch = url.charAt(i);
      if (ch <= ' ' || ch == 0x7f || Character.isWhitespace(ch)) {
        return Optional.empty();
      }
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null || uri.getHost().isEmpty()) {
        return Optional.empty();
      }
      String s = scheme.toLowerCase(Locale.ROOT);
      return s.equals("http") || s.equals("https") ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
