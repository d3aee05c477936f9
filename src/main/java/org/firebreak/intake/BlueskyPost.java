package org.firebreak.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.firebreak.incident.Platform;
import org.firebreak.queue.Direction;

/**
 * An {@code app.bsky.feed.post} record, bare or wrapped as in a listRecords export ({@code uri},
 * {@code cid}, {@code value}). The at:// uri is the id; without one the cid, and without both a
 * digest of time and text so the same bare record still de-duplicates.
 */
final class BlueskyPost {

  private BlueskyPost() {}

  static RawMessage read(JsonNode node, String where, long record) {
    JsonNode post = node.path("value").isObject() ? node.get("value") : node;
    String uri = JsonRecords.text(node, "uri");
    String cid = JsonRecords.text(node, "cid");
    String createdAt = JsonRecords.text(post, "createdAt");
    String text = JsonRecords.text(post, "text");
    String author = null;
    String url = null;
    if (uri != null && uri.startsWith("at://")) {
      String[] parts = uri.substring(5).split("/");
      author = parts[0];
      if (parts.length == 3) {
        url = "https://bsky.app/profile/" + parts[0] + "/post/" + parts[2];
      }
    }
    String id = uri != null ? uri : cid != null ? cid : "bsky:" + digest(createdAt + "\n" + text);
    String root = JsonRecords.text(post.path("reply").path("root"), "uri");
    return new RawMessage(
        where,
        record,
        Platform.BLUESKY.name(),
        id,
        root != null ? root : id,
        author,
        null,
        text,
        url,
        createdAt,
        Direction.INBOUND,
        null);
  }

  private static String digest(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
