package org.firebreak.intake.webhook;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.MessageSource;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.UnreadableSourceException;

/**
 * Fuzz target for the local webhook's request handling: path, method, Host, the signature, the
 * timestamp, the delivery id and the body, then the body read as the webhook reads it. Half the
 * inputs are signed with the right secret, so the fuzzer reaches the body. A request may be refused
 * with a reply or read; anything thrown is a finding. Replayed in the normal run like {@code
 * ParserFuzzTest}; {@code -Pfuzz -Dtest='WebhookFuzzTest#request'} fuzzes it.
 */
class WebhookFuzzTest {

  private static final byte[] SECRET = "fuzz-secret".getBytes(StandardCharsets.UTF_8);
  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final int PORT = 8787;

  @FuzzTest(maxDuration = "60s")
  void request(FuzzedDataProvider data) throws Exception {
    WebhookChecks checks =
        new WebhookChecks(
            () -> SECRET,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new WebhookServer.Limits(64 * 1024, 4, java.time.Duration.ofMinutes(5)));
    Headers headers = new Headers();
    headers.add("Host", data.consumeBoolean() ? "127.0.0.1:" + PORT : header(data, 40));
    String id = data.consumeBoolean() ? "d-" + data.consumeInt(0, 1000) : header(data, 60);
    String timestamp =
        data.consumeBoolean()
            ? Long.toString(NOW.getEpochSecond() + data.consumeInt(-600, 600))
            : header(data, 20);
    boolean sign = data.consumeBoolean();
    String signature = header(data, 80);
    String path = data.consumeBoolean() ? WebhookServer.PATH : data.consumeString(30);
    String method = data.consumeBoolean() ? "POST" : data.consumeString(8);
    byte[] body = data.consumeRemainingAsBytes();
    headers.add(WebhookChecks.DELIVERY, id);
    headers.add(WebhookChecks.TIMESTAMP, timestamp);
    headers.add(
        WebhookChecks.SIGNATURE,
        sign ? WebhookSignature.sign(SECRET, timestamp, id, body) : signature);
    URI uri;
    try {
      uri = URI.create(path);
    } catch (IllegalArgumentException notAUri) {
      return; // the HTTP server never hands such a request over
    }
    Exchange exchange = new Exchange(uri, method, headers, body);
    if (checks.beforeBody(exchange, PORT) != null) {
      return;
    }
    WebhookChecks.Delivery delivery = checks.read(exchange);
    if (delivery.refused() != null) {
      return;
    }
    try (MessageSource s =
        new SourceOpener(ColumnMapping.generic())
            .open(
                "webhook delivery " + delivery.id(),
                new ByteArrayInputStream(delivery.body()),
                SourceFormat.JSON)) {
      int guard = 0;
      while (s.next() != null && guard++ < 10_000) {
        // every record or rejection is read
      }
    } catch (UnreadableSourceException refused) {
      // answered 400 naming the delivery
    }
  }

  /** A header value as the HTTP server can hand one over: no line breaks inside. */
  private static String header(FuzzedDataProvider data, int max) {
    return data.consumeString(max).replace("\r", "").replace("\n", "");
  }

  /** Just what the checks read from an exchange. */
  private static final class Exchange extends HttpExchange {
    private final URI uri;
    private final String method;
    private final Headers request;
    private final Headers response = new Headers();
    private final InputStream body;

    Exchange(URI uri, String method, Headers request, byte[] body) {
      this.uri = uri;
      this.method = method;
      this.request = request;
      this.body = new ByteArrayInputStream(body);
    }

    @Override
    public Headers getRequestHeaders() {
      return request;
    }

    @Override
    public Headers getResponseHeaders() {
      return response;
    }

    @Override
    public URI getRequestURI() {
      return uri;
    }

    @Override
    public String getRequestMethod() {
      return method;
    }

    @Override
    public HttpContext getHttpContext() {
      return null;
    }

    @Override
    public void close() {}

    @Override
    public InputStream getRequestBody() {
      return body;
    }

    @Override
    public OutputStream getResponseBody() {
      return new ByteArrayOutputStream();
    }

    @Override
    public void sendResponseHeaders(int code, long length) {}

    @Override
    public InetSocketAddress getRemoteAddress() {
      return new InetSocketAddress("127.0.0.1", 50000);
    }

    @Override
    public int getResponseCode() {
      return -1;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
      return new InetSocketAddress("127.0.0.1", PORT);
    }

    @Override
    public String getProtocol() {
      return "HTTP/1.1";
    }

    @Override
    public Object getAttribute(String name) {
      return null;
    }

    @Override
    public void setAttribute(String name, Object value) {}

    @Override
    public void setStreams(InputStream i, OutputStream o) {}

    @Override
    public HttpPrincipal getPrincipal() {
      return null;
    }
  }
}
