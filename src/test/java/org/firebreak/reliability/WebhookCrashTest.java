package org.firebreak.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.firebreak.intake.webhook.WebhookSignature;
import org.firebreak.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM running the real local webhook with SIGKILL while signed deliveries (one
 * message or a hundred each) are arriving, two at a time, then reopens the database: every message
 * whose delivery got 200 is there exactly once, with its whole text. Afterwards everything ever
 * sent is sent again under new delivery ids, as a monitoring tool retrying would, and nothing is
 * duplicated.
 */
class WebhookCrashTest {

  private static final byte[] SECRET =
      "crash test secret, thirty-two b!".getBytes(StandardCharsets.US_ASCII);
  private static final int IN_FLIGHT = 2;

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /** One delivery as sent: its id and the external ids of its messages. */
  private record Sent(String id, List<String> messages, CompletableFuture<Integer> status) {}

  @Test
  void everyMessageWhoseDeliveryGot200SurvivesAKillExactlyOnceAndAResendAddsNothing()
      throws Exception {
    Path db = dir.resolve("webhook");
    Path secretFile = dir.resolve("webhook-secret");
    Files.writeString(secretFile, HexFormat.of().formatHex(SECRET));
    Random random = new Random(23);
    int runs = CrashHarness.runs("webhook");
    Map<String, String> sent = new LinkedHashMap<>();
    Set<String> acknowledged = new HashSet<>();
    long deliveries = 0;
    long accepted = 0;
    long lost = 0;
    long duplicated = 0;
    long partial = 0;
    long failedOpens = 0;
    for (int run = 0; run < runs; run++) {
      Process child = CrashHarness.child("webhook", db, secretFile);
      int port = port(child);
      if (port < 0) {
        failedOpens++;
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        continue;
      }
      int killAfter = 1 + random.nextInt(6);
      List<Sent> flying = new ArrayList<>();
      int ok = 0;
      int next = 0;
      while (ok < killAfter) {
        while (flying.size() < IN_FLIGHT) {
          int size = random.nextBoolean() ? 1 : 100;
          flying.add(post(port, "run" + run + "-" + next++, size, sent));
          deliveries++;
        }
        CompletableFuture.anyOf(flying.stream().map(Sent::status).toArray(CompletableFuture[]::new))
            .join();
        for (Sent d : List.copyOf(flying)) {
          if (d.status().isDone()) {
            flying.remove(d);
            if (d.status().join() == 200) {
              acknowledged.addAll(d.messages());
              accepted++;
              ok++;
            }
          }
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      // an answer may still have left before the kill: a 200 is a promise whenever it came
      for (Sent d : flying) {
        if (d.status().get(30, TimeUnit.SECONDS) == 200) {
          acknowledged.addAll(d.messages());
          accepted++;
        }
      }
      Map<String, String[]> stored = stored(db);
      if (stored == null) {
        failedOpens++;
        continue;
      }
      for (String id : acknowledged) {
        String[] row = stored.get(id);
        if (row == null) {
          lost++;
        } else if (!row[1].equals(sent.get(id))) {
          partial++;
        }
      }
      duplicated += stored.values().stream().filter(r -> !r[0].equals("1")).count();
    }
    // a tool that never heard back sends everything again, under new delivery ids
    Process child = CrashHarness.child("webhook", db, secretFile);
    int port = port(child);
    assertThat(port).as("the webhook starts after %d kills", runs).isPositive();
    List<String> all = List.copyOf(sent.keySet());
    List<Integer> resent = new ArrayList<>();
    for (int from = 0; from < all.size(); from += 100) {
      List<String> ids = all.subList(from, Math.min(all.size(), from + 100));
      resent.add(resend(port, "resend-" + from, ids, sent).get(60, TimeUnit.SECONDS));
    }
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Map<String, String[]> stored = stored(db);
    assertThat(stored).isNotNull();
    long duplicatedAfterResend = stored.values().stream().filter(r -> !r[0].equals("1")).count();
    new CrashFigures("webhook", runs)
        .put("deliveries", deliveries)
        .put("deliveries_200", accepted)
        .put("messages_checked", acknowledged.size())
        .put("lost", lost)
        .put("duplicated", duplicated + duplicatedAfterResend)
        .put("partial", partial)
        .put("failed_to_open", failedOpens)
        .put("resent", all.size())
        .put("stored_after_resend", stored.size())
        .print();
    assertThat(failedOpens).isZero();
    assertThat(lost).as("messages whose delivery got 200, missing after a kill").isZero();
    assertThat(partial).isZero();
    assertThat(duplicated + duplicatedAfterResend).isZero();
    assertThat(resent).as("every resend is accepted").containsOnly(200);
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(all);
  }

  /** Posts a new delivery of {@code size} new messages, remembering each in {@code sent}. */
  private Sent post(int port, String delivery, int size, Map<String, String> sent) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String id = delivery + "-" + i;
      sent.put(id, "Webhook message " + id + ": no power in the east since last night");
      ids.add(id);
    }
    return new Sent(delivery, ids, resend(port, delivery, ids, sent));
  }

  /** Posts the messages with these ids as one signed delivery; completes with the status. */
  private CompletableFuture<Integer> resend(
      int port, String delivery, List<String> ids, Map<String, String> sent) {
    StringBuilder ndjson = new StringBuilder();
    for (String id : ids) {
      ndjson
          .append("{\"id\":\"")
          .append(id)
          .append("\",\"platform\":\"x\",\"author\":\"ana\",\"text\":\"")
          .append(sent.get(id))
          .append("\",\"created_at\":\"2026-11-24T07:59:00Z\"}\n");
    }
    byte[] body = ndjson.toString().getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/messages"))
            .timeout(Duration.ofSeconds(60))
            .header("X-Firebreak-Delivery", delivery)
            .header("X-Firebreak-Timestamp", timestamp)
            .header(
                "X-Firebreak-Signature", WebhookSignature.sign(SECRET, timestamp, delivery, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle((response, failure) -> response == null ? -1 : response.statusCode());
  }

  /** The port the child's webhook listens on, or -1 when it ended without one. */
  private static int port(Process child) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      if (line.startsWith("port ")) {
        return Integer.parseInt(line.substring(5).strip());
      }
    }
    return -1;
  }

  /** External id to {copies, text} of every stored message, or null when the file does not open. */
  private static Map<String, String[]> stored(Path db) {
    try (Database d = Database.open(db)) {
      return d.read(
          c -> {
            Map<String, String[]> rows = new HashMap<>();
            try (Statement st = c.createStatement();
                ResultSet rs =
                    st.executeQuery(
                        "SELECT external_id, COUNT(*), MAX(text) FROM messages GROUP BY external_id")) {
              while (rs.next()) {
                rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
              }
            }
            return rows;
          });
    } catch (RuntimeException e) {
      return null;
    }
  }
}
