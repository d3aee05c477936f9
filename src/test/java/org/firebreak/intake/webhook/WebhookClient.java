package org.firebreak.intake.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** A monitoring tool as a test plays it: signed POSTs to the local webhook. */
final class WebhookClient {

  final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final int port;
  private final byte[] secret;

  WebhookClient(int port, byte[] secret) {
    this.port = port;
    this.secret = secret;
  }

  static String message(String id, String text) {
    return "{\"id\":\""
        + id
        + "\",\"platform\":\"x\",\"author\":\"ana\",\"text\":\""
        + text
        + "\",\"created_at\":\"2026-11-24T07:59:00Z\"}";
  }

  HttpRequest.Builder signed(String delivery, Instant at, String body) {
    String timestamp = Long.toString(at.getEpochSecond());
    return unsigned(delivery, at, body)
        .header(
            WebhookChecks.SIGNATURE,
            WebhookSignature.sign(
                secret, timestamp, delivery, body.getBytes(StandardCharsets.UTF_8)));
  }

  HttpRequest.Builder unsigned(String delivery, Instant at, String body) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + WebhookServer.PATH))
        .timeout(Duration.ofSeconds(30))
        .header(WebhookChecks.DELIVERY, delivery)
        .header(WebhookChecks.TIMESTAMP, Long.toString(at.getEpochSecond()))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A raw HTTP/1.1 request with the Host given (HttpClient will not let a caller set Host); returns
   * the status line and the rest of the answer.
   */
  String rawWithHost(String host) throws IOException {
    try (Socket s = new Socket("127.0.0.1", port)) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          ("POST "
                  + WebhookServer.PATH
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
