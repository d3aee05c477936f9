package org.firebreak.statements;

import org.firebreak.incident.Platform;

/** How long a post may be on each platform, and how that platform counts its length. */
public final class PlatformLimits {

  /** A platform's way of counting. */
  public enum CountingRule {
    /** X: weighted code points (CJK and emoji weigh 2), every link counts as 23. */
    X_WEIGHTED,
    /** Bluesky: user-perceived characters (extended grapheme clusters). */
    GRAPHEMES,
    /** Mastodon: code points, every link counts as 23. */
    CODE_POINTS_LINKS_23,
    /** Code points as typed. */
    CODE_POINTS
  }

  /** A limit of 0 means the platform sets none we know of. */
  public static final int NO_LIMIT = 0;

  private PlatformLimits() {}

  public static int limit(Platform platform) {
    return switch (platform) {
      case X -> 280;
      case BLUESKY -> 300;
      case MASTODON, THREADS -> 500;
      case INSTAGRAM, TIKTOK -> 2_200;
      case FACEBOOK -> 63_206;
      case LINKEDIN -> 3_000;
      case OTHER -> NO_LIMIT;
    };
  }

  public static CountingRule rule(Platform platform) {
    return switch (platform) {
      case X -> CountingRule.X_WEIGHTED;
      case BLUESKY -> CountingRule.GRAPHEMES;
      case MASTODON -> CountingRule.CODE_POINTS_LINKS_23;
      default -> CountingRule.CODE_POINTS;
    };
  }
}
