package org.firebreak.intake.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.firebreak.app.Services;
import org.firebreak.intake.ImportSummary;
import org.firebreak.queue.Message;
import org.firebreak.queue.QueueQuery;
import org.firebreak.store.LiveIntakeStore;
import org.firebreak.testing.MutableClock;
import org.firebreak.testing.TempDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real webhook on an ephemeral port, spoken to by java.net.http as a monitoring tool would. */
class WebhookServerTest {

  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(TempDatabase.T0);
  Services services;
  WebhookServer server;
  WebhookClient client;
  volatile CountDownLatch hold = new CountDownLatch(0);

  @BeforeEach
  void start() {
    services = TempDatabase.open(dir, clock);
    startServer(WebhookServer.Limits.defaults());
  }

  void startServer(WebhookServer.Limits limits) {
    if (server != null) {
      server.close();
    }
    WebhookIntake intake =
        new WebhookIntake(
            services.intake(),
            new LiveIntakeStore(services.database()),
            clock,
            Duration.ofMinutes(10),
            this::stored);
    server = WebhookServer.start(0, () -> SECRET, intake, clock, limits);
    client = new WebhookClient(server.port(), SECRET);
  }

  private void stored(ImportSummary summary) {
    try {
      hold.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @AfterEach
  void stop() {
    server.close();
    services.close();
  }

  List<Message> stored() {
    return services.messages().page(QueueQuery.newestFirst().withWindow(0, 1000));
  }

  @Test
  void aSignedDeliveryIsStoredOnceAndAnswered200AfterCommit() throws Exception {
    HttpResponse<String> r =
        client.send(client.signed("d-1", clock.instant(), WebhookClient.message("m1", "burned")));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"imported\":1");
    assertThat(stored()).extracting(Message::externalId).containsExactly("m1");
    assertThat(stored().get(0).text()).isEqualTo("burned");
  }

  @Test
  void anArrayAndNdjsonAreReadLikeAJsonFile() throws Exception {
    String array =
        "[" + WebhookClient.message("a1", "one") + "," + WebhookClient.message("a2", "two") + "]";
    String ndjson =
        WebhookClient.message("n1", "three") + "\n" + WebhookClient.message("n2", "four");

    assertThat(client.send(client.signed("arr", clock.instant(), array)).statusCode())
        .isEqualTo(200);
    assertThat(client.send(client.signed("nd", clock.instant(), ndjson)).statusCode())
        .isEqualTo(200);
    assertThat(stored()).extracting(Message::externalId).containsOnly("a1", "a2", "n1", "n2");
  }

  @Test
  void aMissingOrWrongSignatureIs401AndStoresNothing() throws Exception {
    String body = WebhookClient.message("m1", "x");
    HttpResponse<String> missing = client.send(client.unsigned("d-1", clock.instant(), body));
    HttpResponse<String> wrong =
        client.send(
            client
                .unsigned("d-2", clock.instant(), body)
                .header(WebhookChecks.SIGNATURE, "sha256=" + "00".repeat(32)));
    byte[] otherSecret = "another secret of thirty-two byte".getBytes();
    HttpResponse<String> otherKey =
        client.send(
            new WebhookClient(server.port(), otherSecret).signed("d-3", clock.instant(), body));

    assertThat(List.of(missing.statusCode(), wrong.statusCode(), otherKey.statusCode()))
        .containsOnly(401);
    assertThat(missing.body()).contains("\"field\":\"X-Firebreak-Signature\"");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aBodyChangedAfterSigningIs401() throws Exception {
    String signedBody = WebhookClient.message("m1", "x");
    String header =
        WebhookSignature.sign(
            SECRET, Long.toString(clock.instant().getEpochSecond()), "d-1", signedBody.getBytes());
    HttpResponse<String> r =
        client.send(
            client
                .unsigned("d-1", clock.instant(), WebhookClient.message("m1", "tampered"))
                .header(WebhookChecks.SIGNATURE, header));
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(stored()).isEmpty();
  }

  @Test
  void aTimestampOlderThanFiveMinutesIs401AndAMalformedOne400() throws Exception {
    String body = WebhookClient.message("m1", "x");
    HttpResponse<String> stale =
        client.send(client.signed("d-1", clock.instant().minus(Duration.ofMinutes(6)), body));
    HttpResponse<String> malformed =
        client.send(
            client.signed("d-2", clock.instant(), body).setHeader(WebhookChecks.TIMESTAMP, "soon"));

    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(stale.body()).contains("X-Firebreak-Timestamp").contains("5 minutes");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("\"field\":\"X-Firebreak-Timestamp\"");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aReplayedDeliveryIs409EvenAfterARestart() throws Exception {
    String body = WebhookClient.message("m1", "x");
    assertThat(client.send(client.signed("d-1", clock.instant(), body)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> again = client.send(client.signed("d-1", clock.instant(), body));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("X-Firebreak-Delivery");

    server.close();
    server = null;
    services.close();
    services = TempDatabase.open(dir, clock);
    startServer(WebhookServer.Limits.defaults());
    clock.advance(Duration.ofMinutes(2));

    HttpResponse<String> afterRestart = client.send(client.signed("d-1", clock.instant(), body));
    assertThat(afterRestart.statusCode()).isEqualTo(409);
    assertThat(stored()).hasSize(1);
  }

  @Test
  void anOversizedBodyIs413() throws Exception {
    startServer(new WebhookServer.Limits(10_000, 16, Duration.ofMinutes(5)));
    String big = WebhookClient.message("m1", "x".repeat(20_000));
    HttpResponse<String> r = client.send(client.signed("d-1", clock.instant(), big));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("10000 bytes");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aWrongHostIs421AndTheRightOnesPass() throws Exception {
    String evil = client.rawWithHost("attacker.example:" + server.port());
    assertThat(evil).startsWith("HTTP/1.1 421").contains("\"field\":\"Host\"");
    // localhost is accepted too; the unsigned body then stops at the signature
    assertThat(client.rawWithHost("localhost:" + server.port())).startsWith("HTTP/1.1 401");
  }

  @Test
  void notAJsonBodyIs400NamingTheRecordAndAllRefusedIs422() throws Exception {
    HttpResponse<String> garbage = client.send(client.signed("d-1", clock.instant(), "{\"id\":"));
    HttpResponse<String> allRefused =
        client.send(
            client.signed("d-2", clock.instant(), "{\"platform\":\"x\",\"text\":\"no id\"}"));

    assertThat(garbage.statusCode()).isEqualTo(400);
    assertThat(garbage.body()).contains("webhook delivery d-1: record 1");
    assertThat(allRefused.statusCode()).isEqualTo(422);
    assertThat(allRefused.body()).contains("\"field\":\"id\"");
    assertThat(stored()).isEmpty();
  }

  @Test
  void aFloodGets429WithRetryAfterAndEvery200IsStoredExactlyOnce() throws Exception {
    startServer(new WebhookServer.Limits(1_000_000, 2, Duration.ofMinutes(5)));
    hold = new CountDownLatch(1); // the writer stalls, as under a slow disk
    int total = 30;
    CountDownLatch answered = new CountDownLatch(total - 2);
    List<CompletableFuture<HttpResponse<String>>> first = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      // the response itself is kept, not the stage after the count: that stage completes only
      // after the count is taken, so it may not be done yet when the latch opens
      CompletableFuture<HttpResponse<String>> response = client.sendAsync(delivery(i));
      response.whenComplete((r, e) -> answered.countDown());
      first.add(response);
    }
    // all but the two admitted are answered at once, while the two wait for their commit
    assertThat(answered.await(60, TimeUnit.SECONDS)).isTrue();
    List<HttpResponse<String>> early =
        first.stream().filter(CompletableFuture::isDone).map(CompletableFuture::join).toList();
    assertThat(early).hasSize(total - 2);
    assertThat(early).extracting(HttpResponse::statusCode).containsOnly(429);
    assertThat(early)
        .allSatisfy(r -> assertThat(r.headers().firstValue("Retry-After")).contains("1"));
    hold.countDown();
    CompletableFuture.allOf(first.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

    List<Integer> retried = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      HttpResponse<String> r = first.get(i).get(30, TimeUnit.SECONDS);
      if (r.statusCode() == 200) {
        accepted.add("m" + i);
      } else {
        HttpResponse<String> again = client.send(delivery(i));
        retried.add(again.statusCode());
        accepted.add("m" + i);
      }
    }
    assertThat(retried).hasSize(total - 2).containsOnly(200);
    assertThat(stored())
        .extracting(Message::externalId)
        .hasSize(total)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(accepted);
  }

  private java.net.http.HttpRequest.Builder delivery(int i) {
    return client.signed("flood-" + i, clock.instant(), WebhookClient.message("m" + i, "t" + i));
  }
}
