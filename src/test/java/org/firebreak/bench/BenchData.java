package org.firebreak.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** The benchmark's messages: the same rows, written to NDJSON or inserted directly. */
final class BenchData {

  record Row(
      String id, String platform, String author, long reach, String text, Instant createdAt) {}

  private static final List<String> PLATFORMS =
      List.of("x", "facebook", "instagram", "tiktok", "threads", "bluesky", "mastodon");
  private static final List<String> TEXTS =
      List.of(
          "My kettle started smoking on the counter, is this the recall?",
          "Third time asking: how do I get a refund for the recalled kettle",
          "Our lawyer will be in touch about the kettle fire in our kitchen",
          "Journalist here, can someone comment on the kettle recall? Please DM",
          "Ketel saya keluar asap tadi pagi. Apakah ini termasuk yang ditarik?",
          "Boikot sampai ada penjelasan! #KettleRecall",
          "Honestly their support team has been great, replaced mine within a day",
          "Should I stop using my kettle right now? It gets very hot on the base");
  static final Instant START = Instant.parse("2026-11-24T00:00:00Z");

  private BenchData() {}

  static Row row(int i) {
    SplittableRandom r = new SplittableRandom(i * 2_654_435_761L);
    String kettle = TEXTS.get(r.nextInt(TEXTS.size())) + " #" + i;
    String text = BenchTweets.chosen() ? BenchTweets.text(i) : kettle;
    return new Row(
        Long.toString(1_800_000_000_000_000_000L + i),
        PLATFORMS.get(r.nextInt(PLATFORMS.size())),
        "@user_" + r.nextInt(200_000),
        (long) Math.exp(3 + r.nextGaussian() * 2),
        text,
        START.plusMillis(i * 50L));
  }

  /** Work on N messages in a temporary folder. */
  interface Run {
    void run(int messages, Path dir) throws Exception;
  }

  /** Runs a benchmark on -Dbench.messages (default 1,000,000) in a folder deleted afterwards. */
  static void inTempDir(String prefix, Run run) throws Exception {
    int n = Integer.getInteger("bench.messages", 1_000_000);
    Path dir = Files.createTempDirectory(prefix);
    try {
      run.run(n, dir);
    } finally {
      try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The run's first line: its size, the file's size, the cores and the heap. */
  static void printSetup(Path file, int n) throws IOException {
    System.out.printf(
        "{\"setup\":\"%d messages, %d MB of NDJSON, %d cores, max heap %d MB\"}%n",
        n,
        Files.size(file) >> 20,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  static void writeNdjson(Path file, int count) throws IOException {
    JsonFactory factory = new JsonFactory();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        JsonGenerator g = factory.createGenerator(out)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (int i = 0; i < count; i++) {
        Row row = row(i);
        g.writeStartObject();
        g.writeStringField("id", row.id());
        g.writeStringField("platform", row.platform());
        g.writeStringField("author", row.author());
        g.writeNumberField("followers", row.reach());
        g.writeStringField("text", row.text());
        g.writeStringField("created_at", row.createdAt().toString());
        g.writeEndObject();
      }
      g.writeRaw('\n');
    }
  }

  /**
   * The storage limit the import is measured against: these rows inserted as one plain JDBC batch
   * into the same schema, with their search words when {@code words} (the same indexes the import
   * keeps).
   */
  static void plainInsert(java.sql.Connection c, java.util.List<Row> rows, boolean words)
      throws java.sql.SQLException {
    try (java.sql.PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO messages (platform, external_id, author, author_reach, text, preview,"
                    + " created_at, received_at, direction, status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'INBOUND', 'NEEDS_REPLY')",
                new String[] {"ID"});
        java.sql.PreparedStatement terms =
            c.prepareStatement(org.firebreak.store.MessageTerms.INSERT)) {
      for (Row r : rows) {
        ps.setString(1, r.platform().toUpperCase(java.util.Locale.ROOT));
        ps.setString(2, r.id());
        ps.setString(3, r.author());
        ps.setLong(4, r.reach());
        ps.setString(5, r.text());
        ps.setString(6, org.firebreak.queue.TextPreview.cut(r.text(), 280));
        java.time.OffsetDateTime at =
            java.time.OffsetDateTime.ofInstant(r.createdAt(), java.time.ZoneOffset.UTC);
        ps.setObject(7, at);
        ps.setObject(8, at);
        ps.addBatch();
      }
      ps.executeBatch();
      if (words) {
        try (java.sql.ResultSet keys = ps.getGeneratedKeys()) {
          for (Row r : rows) {
            keys.next();
            org.firebreak.store.MessageTerms.add(terms, keys.getLong(1), r.text());
          }
        }
        terms.executeBatch();
      }
    }
  }
}
