package org.firebreak.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.firebreak.app.Services;
import org.firebreak.intake.ColumnMapping;
import org.firebreak.intake.ImportControl;
import org.firebreak.intake.SourceFormat;
import org.firebreak.intake.SourceOpener;
import org.firebreak.intake.webhook.WebhookIntake;
import org.firebreak.intake.webhook.WebhookServer;
import org.firebreak.intake.webhook.WebhookSignature;

/**
 * The local webhook's cost: deliveries through HTTP, signature checks and the pipeline, against the
 * same bodies handed to the pipeline directly (the limit), on one database. Not a test.
 *
 * <p>{@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.WebhookBench [-Dbench.deliveries=2000]}
 */
public final class WebhookBench {

  private static final byte[] SECRET = "bench secret, thirty-two bytes!!".getBytes();

  public static void main(String[] args) throws Exception {
    int deliveries = Integer.getInteger("bench.deliveries", 2000);
    Path dir = Files.createTempDirectory("firebreak-webhook-bench");
    try (Services s = Services.open(dir.resolve("incident"), Clock.systemUTC())) {
      WebhookIntake intake =
          new WebhookIntake(
              s.intake(), s.liveIntake(), s.clock(), Duration.ofMinutes(10), summary -> {});
      try (WebhookServer server =
          WebhookServer.start(
              0, () -> SECRET, intake, s.clock(), WebhookServer.Limits.defaults())) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int per : new int[] {1, 100}) {
          int n = per == 1 ? deliveries : Math.max(1, deliveries / 20);
          long[] direct = new long[n];
          long[] hooked = new long[n];
          for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            s.intake()
                .run(
                    "direct",
                    new SourceOpener(ColumnMapping.generic())
                        .open(
                            "direct",
                            new ByteArrayInputStream(body("d" + per + "-" + i, per)),
                            SourceFormat.JSON),
                    ImportControl.silent());
            direct[i] = System.nanoTime() - t0;
            byte[] body = body("w" + per + "-" + i, per);
            String id = "bench-" + per + "-" + i;
            String ts = Long.toString(s.clock().instant().getEpochSecond());
            HttpRequest request =
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + WebhookServer.PATH))
                    .header("X-Firebreak-Delivery", id)
                    .header("X-Firebreak-Timestamp", ts)
                    .header("X-Firebreak-Signature", WebhookSignature.sign(SECRET, ts, id, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            t0 = System.nanoTime();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            hooked[i] = System.nanoTime() - t0;
            if (r.statusCode() != 200) {
              throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
          }
          double limit = per * n / (sum(direct) / 1e9);
          double value = per * n / (sum(hooked) / 1e9);
          Figures.compare(
              "webhook, " + per + " message(s) per delivery, sequential",
              value,
              "messages/s",
              limit,
              "the same bodies straight into the pipeline");
          Figures.ceiling(
              "webhook, " + per + " message(s) per delivery, p95 until 200 (committed)",
              Figures.percentile(hooked, 0.95),
              "ms",
              1000);
        }
      }
    }
  }

  private static byte[] body(String prefix, int messages) {
    StringBuilder b = new StringBuilder();
    for (int m = 0; m < messages; m++) {
      b.append("{\"id\":\"")
          .append(prefix)
          .append('-')
          .append(m)
          .append("\",\"platform\":\"x\",\"author\":\"bench\",\"text\":\"My kettle caught fire #")
          .append(m)
          .append("\"}\n");
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static long sum(long[] values) {
    long t = 0;
    for (long v : values) {
      t += v;
    }
    return t;
  }
}
