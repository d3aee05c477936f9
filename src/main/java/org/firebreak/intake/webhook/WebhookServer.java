package org.firebreak.intake.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.firebreak.intake.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local webhook: {@code POST /messages} on 127.0.0.1 only, for monitoring tools on this
 * machine. Every request is checked (Host, size, signature, age, delivery id) before its body is
 * parsed; under a flood it answers 429 rather than queue without end; 200 means committed. See ADR
 * 0012 for why each check is there.
 */
public final class WebhookServer implements AutoCloseable {

  public static final String PATH = "/messages";
  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);

  /**
   * @param maxBodyBytes larger bodies get 413
   * @param maxPending deliveries read or waiting to be stored at once; more get 429
   * @param maxAge a timestamp further than this from now (either way) gets 401
   */
  public record Limits(int maxBodyBytes, int maxPending, Duration maxAge) {
    public static Limits defaults() {
      return new Limits(1_000_000, 16, Duration.ofMinutes(5));
    }
  }

  static {
    // the JDK server writes headers and body apart; with Nagle on, each answer waits ~40 ms for
    // the client's delayed ACK (read once, when the first server is made)
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService handlers;
  private final ExecutorService writer;
  private final WebhookChecks checks;
  private final WebhookIntake intake;
  private final Semaphore pending;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  private WebhookServer(
      HttpServer server, WebhookChecks checks, WebhookIntake intake, Limits limits) {
    this.server = server;
    this.checks = checks;
    this.intake = intake;
    this.pending = new Semaphore(limits.maxPending());
    // more handler threads than pending slots, so a flood is always answered 429 at once
    this.handlers =
        Executors.newFixedThreadPool(limits.maxPending() + 4, DaemonThreads.named("webhook"));
    this.writer = Executors.newSingleThreadExecutor(DaemonThreads.named("webhook-writer"));
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
  }

  /**
   * Starts listening on 127.0.0.1 at {@code port} (0 picks a free one).
   *
   * @param secret read for every request, so a regenerated secret applies at once
   */
  public static WebhookServer start(
      int port, Supplier<byte[]> secret, WebhookIntake intake, Clock clock, Limits limits) {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
      WebhookServer webhook =
          new WebhookServer(server, new WebhookChecks(secret, clock, limits), intake, limits);
      server.start();
      LOG.info("Webhook listening on http://127.0.0.1:{}{}", webhook.port(), PATH);
      return webhook;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "The webhook cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + ")", e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) {
    try (exchange) {
      reply(exchange, answer(exchange));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Webhook request failed: {}", e.toString());
    }
  }

  private WebhookReply answer(HttpExchange exchange) throws IOException {
    WebhookReply refused = checks.beforeBody(exchange, port());
    if (refused != null) {
      return refused;
    }
    if (!pending.tryAcquire()) {
      return WebhookReply.busy(1);
    }
    try {
      WebhookChecks.Delivery delivery = checks.read(exchange);
      if (delivery.refused() != null) {
        return delivery.refused();
      }
      String id = delivery.id();
      if (!inFlight.add(id)) {
        return replayed(id);
      }
      try {
        return intake.seen(id) ? replayed(id) : store(id, delivery.body());
      } finally {
        inFlight.remove(id);
      }
    } finally {
      pending.release();
    }
  }

  private WebhookReply store(String id, byte[] body) {
    try {
      return writer.submit(() -> WebhookReply.stored(id, intake.take(id, body))).get();
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof org.firebreak.intake.UnreadableSourceException bad) {
        return WebhookReply.error(400, "body", bad.getMessage());
      }
      LOG.warn("Webhook delivery {} was not stored", id, cause);
      return WebhookReply.error(500, null, "not stored; retry later: " + cause.getMessage());
    } catch (java.util.concurrent.RejectedExecutionException e) {
      return WebhookReply.error(503, null, "the webhook is stopping; retry later");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return WebhookReply.error(503, null, "the webhook is stopping; retry later");
    }
  }

  private static WebhookReply replayed(String id) {
    return WebhookReply.error(
        409,
        WebhookChecks.DELIVERY,
        "delivery " + id + " was already received; send each delivery once with a new id");
  }

  private static void reply(HttpExchange exchange, WebhookReply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (reply.retryAfter() != null) {
      exchange.getResponseHeaders().set("Retry-After", reply.retryAfter());
    }
    exchange.sendResponseHeaders(reply.status(), reply.body().length);
    exchange.getResponseBody().write(reply.body());
  }

  /** Stops listening and waits (briefly) for deliveries being stored to finish. */
  @Override
  public void close() {
    server.stop(1);
    writer.shutdown();
    handlers.shutdown();
    try {
      writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    handlers.shutdownNow();
  }
}
