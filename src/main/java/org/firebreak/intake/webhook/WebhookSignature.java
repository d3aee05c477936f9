package org.firebreak.intake.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * X-Firebreak-Signature: {@code sha256=<hex>}, the HMAC-SHA256 with the shared secret of {@code
 * <timestamp>.<delivery id>.<body>}. Signing the timestamp and the delivery id with the body means
 * neither can be changed to slip a captured request past the replay checks (ADR 0012).
 */
public final class WebhookSignature {

  public static final String PREFIX = "sha256=";

  private WebhookSignature() {}

  /** The header value a sender puts on a request. */
  public static String sign(byte[] secret, String timestamp, String deliveryId, byte[] body) {
    return PREFIX + HexFormat.of().formatHex(mac(secret, timestamp, deliveryId, body));
  }

  /** Whether the header carries the right signature; compared in constant time. */
  public static boolean verify(
      byte[] secret, String header, String timestamp, String deliveryId, byte[] body) {
    if (header == null || !header.startsWith(PREFIX)) {
      return false;
    }
    byte[] given;
    try {
      given = HexFormat.of().parseHex(header.substring(PREFIX.length()).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(given, mac(secret, timestamp, deliveryId, body));
  }

  private static byte[] mac(byte[] secret, String timestamp, String deliveryId, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + "." + deliveryId + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
