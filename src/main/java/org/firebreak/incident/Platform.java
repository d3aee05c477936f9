package org.firebreak.incident;

import java.util.Locale;

/** A social platform a message can arrive on or a statement can be published to. */
public enum Platform {
  X("X"),
  FACEBOOK("Facebook"),
  INSTAGRAM("Instagram"),
  THREADS("Threads"),
  TIKTOK("TikTok"),
  BLUESKY("Bluesky"),
  MASTODON("Mastodon"),
  LINKEDIN("LinkedIn"),
  OTHER("Other");

  private final String displayName;

  Platform(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** Reads a platform name loosely ("twitter", "X", " Facebook "); unknown names are OTHER. */
  public static Platform parse(String text) {
    if (text == null) {
      return OTHER;
    }
    String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    if (key.equals("TWITTER") || key.equals("X_TWITTER") || key.equals("TWEET")) {
      return X;
    }
    if (key.equals("BSKY")) {
      return BLUESKY;
    }
    if (key.equals("FB")) {
      return FACEBOOK;
    }
    if (key.equals("IG")) {
      return INSTAGRAM;
    }
    for (Platform p : values()) {
      if (p.name().equals(key)) {
        return p;
      }
    }
    return OTHER;
  }
}
