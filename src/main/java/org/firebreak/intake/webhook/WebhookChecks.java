package org.firebreak.intake.webhook;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The webhook's checks of one request, each refusal naming the header or field at fault. */
final class WebhookChecks {

  static final String SIGNATURE = "X-Firebreak-Signature";
  static final String TIMESTAMP = "X-Firebreak-Timestamp";
  static final String DELIVERY = "X-Firebreak-Delivery";
  private static final Pattern DELIVERY_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
  private static final Pattern EPOCH_SECONDS = Pattern.compile("\\d{1,12}");

  /** An oversized body is read this far (and dropped) so the sender gets its 413 cleanly. */
  private static final long DRAIN_LIMIT = 16L << 20;

  /** A body read whole and checked: either refused, or an id and its bytes. */
  record Delivery(WebhookReply refused, String id, byte[] body) {}

  private final Supplier<byte[]> secret;
  private final Clock clock;
  private final WebhookServer.Limits limits;

  WebhookChecks(Supplier<byte[]> secret, Clock clock, WebhookServer.Limits limits) {
    this.secret = secret;
    this.clock = clock;
    this.limits = limits;
  }

  /** Path, method and Host; null when the request may go on. */
  WebhookReply beforeBody(HttpExchange exchange, int port) {
    if (!WebhookServer.PATH.equals(exchange.getRequestURI().getPath())) {
      return WebhookReply.error(404, null, "no such endpoint; POST to " + WebhookServer.PATH);
    }
    if (!"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "POST");
      return WebhookReply.error(405, null, "only POST is accepted");
    }
    // a page in a browser can reach 127.0.0.1 under another name (DNS rebinding); its Host differs
    String host = exchange.getRequestHeaders().getFirst("Host");
    String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
    if (!h.equals("127.0.0.1:" + port) && !h.equals("localhost:" + port)) {
      return WebhookReply.error(
          421, "Host", "Host must be 127.0.0.1:" + port + " or localhost:" + port);
    }
    return null;
  }

  Delivery read(HttpExchange exchange) throws IOException {
    byte[] body = readCapped(exchange.getRequestBody());
    if (body == null) {
      return refused(
          WebhookReply.error(
              413, "body", "larger than " + limits.maxBodyBytes() + " bytes; send fewer messages"));
    }
    var headers = exchange.getRequestHeaders();
    String id = headers.getFirst(DELIVERY);
    String timestamp = headers.getFirst(TIMESTAMP);
    String signature = headers.getFirst(SIGNATURE);
    if (signature == null || signature.isBlank()) {
      return refused(WebhookReply.error(401, SIGNATURE, "missing: sign each request"));
    }
    if (id == null || !DELIVERY_ID.matcher(id).matches()) {
      return refused(
          WebhookReply.error(
              400, DELIVERY, "missing or not 1-200 characters of letters, digits, . _ : -"));
    }
    if (timestamp == null || !EPOCH_SECONDS.matcher(timestamp).matches()) {
      return refused(
          WebhookReply.error(400, TIMESTAMP, "missing or not whole seconds since 1970 (UTC)"));
    }
    byte[] key = secret.get();
    if (key == null) {
      return refused(
          WebhookReply.error(
              401, SIGNATURE, "no secret is set up yet: make one in Preferences › Intake"));
    }
    if (!WebhookSignature.verify(key, signature, timestamp, id, body)) {
      return refused(
          WebhookReply.error(
              401,
              SIGNATURE,
              "does not match: sign <timestamp>.<delivery id>.<body> with the secret"));
    }
    Duration skew =
        Duration.between(Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant());
    if (skew.abs().compareTo(limits.maxAge()) > 0) {
      return refused(
          WebhookReply.error(
              401,
              TIMESTAMP,
              "more than "
                  + limits.maxAge().toMinutes()
                  + " minutes from this machine's clock; check the sender's clock"));
    }
    return new Delivery(null, id, body);
  }

  /** The whole body, or null when it is over the limit (the rest is drained). */
  private byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > limits.maxBodyBytes()) {
        drain(in, total);
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static void drain(InputStream in, long read) throws IOException {
    byte[] buffer = new byte[8192];
    int n;
    while (read < DRAIN_LIMIT && (n = in.read(buffer)) != -1) {
      read += n;
    }
  }

  private static Delivery refused(WebhookReply reply) {
    return new Delivery(reply, null, null);
  }
}
