package org.firebreak.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.firebreak.queue.TextPreview;
import org.firebreak.share.session.MergeReport;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.share.session.SessionFormat;
import org.firebreak.share.session.SessionManifest;
import org.firebreak.share.session.SessionOpener;
import org.firebreak.store.Database;
import org.firebreak.store.SessionMerge;
import org.firebreak.store.SessionRows;

/**
 * Issue 6's speed figures: export and re-open of an incident with N messages (labels, replies,
 * notes and audit entries on some of them), in MB/s of NDJSON, each beside a plain zip of the same
 * NDJSON entries (written at the exporter's compression level; read back and discarded). Not a
 * test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.SessionBench [-Dbench.messages=1000000]}
 */
public final class SessionBench {

  private SessionBench() {}

  public static void main(String[] args) throws Exception {
    BenchData.inTempDir("firebreak-session-bench", SessionBench::run);
  }

  private static void run(int n, Path dir) throws Exception {
    Path base = dir.resolve("incident");
    long t0 = System.nanoTime();
    try (Database db = Database.open(base)) {
      fill(db, n);
    }
    System.err.printf("filled %d messages in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

    Path file = dir.resolve("incident.firebreak");
    SessionManifest manifest;
    double exportSeconds;
    double secondSeconds;
    try (Database db = Database.open(base)) {
      SessionExporter exporter = new SessionExporter(db, Clock.systemUTC());
      long e0 = System.nanoTime();
      manifest = exporter.export(file, "bench", SessionExporter.Progress.NONE);
      exportSeconds = (System.nanoTime() - e0) / 1e9;
      // the same export again in this JVM: its code compiled, the file's pages cached
      long s0 = System.nanoTime();
      exporter.export(file, "bench", SessionExporter.Progress.NONE);
      secondSeconds = (System.nanoTime() - s0) / 1e9;
    }
    long bytes = manifest.entries().stream().mapToLong(SessionManifest.Entry::bytes).sum();
    double mb = bytes / 1048576.0;
    System.out.printf(
        "{\"setup\":\"%d messages (%s text), %d rows, %.0f MB of NDJSON, session file %d MB, %d"
            + " cores, max heap %d MB\"}%n",
        n,
        BenchTweets.chosen() ? "CrisisLexT6 words" : "eight kettle sentences",
        manifest.entries().stream().mapToLong(SessionManifest.Entry::rows).sum(),
        mb,
        Files.size(file) >> 20,
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    // the limits: the same NDJSON entries, unpacked once to plain files, zipped and unzipped
    Path plainDir = dir.resolve("ndjson");
    Files.createDirectories(plainDir);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, plainDir.resolve(e.getName()));
        }
      }
    }
    Path plainZip = dir.resolve("plain.zip");
    long z0 = System.nanoTime();
    plainZip(plainDir, plainZip);
    double zipSeconds = (System.nanoTime() - z0) / 1e9;
    long u0 = System.nanoTime();
    unzipDiscard(plainZip);
    double unzipSeconds = (System.nanoTime() - u0) / 1e9;

    Figures.rate(
        "session_export",
        mb / exportSeconds,
        "MB/s",
        mb / zipSeconds,
        "plain zip of the same NDJSON files at the same compression level",
        0.5);

    Figures.compare(
        "session_export_second",
        mb / secondSeconds,
        "MB/s",
        mb / zipSeconds,
        "plain zip as above: the same export run again in the same JVM (code compiled, pages"
            + " cached)");

    double readSeconds;
    try (Database db = Database.open(base)) {
      long r0 = System.nanoTime();
      SessionRows rows = new SessionRows(db);
      for (String entry : SessionRows.ENTRIES) {
        rows.stream(entry, row -> {});
      }
      readSeconds = (System.nanoTime() - r0) / 1e9;
    }
    Figures.compare(
        "session_export_db_read",
        mb / readSeconds,
        "MB/s",
        mb / zipSeconds,
        "plain zip as above: reading the rows from H2 alone, no JSON, no zip, bounds the export");

    try (Database db = Database.open(base)) {
      long r0 = System.nanoTime();
      org.firebreak.store.SessionExportRows pass = new org.firebreak.store.SessionExportRows(db);
      SessionRows.ColumnSink nothing =
          new SessionRows.ColumnSink() {
            @Override
            public void columns(String[] names) {}

            @Override
            public void row(Object[] values) {}
          };
      for (String entry : SessionRows.ENTRIES) {
        pass.stream(entry, nothing);
      }
      Figures.compare(
          "session_export_pass_read",
          mb / ((System.nanoTime() - r0) / 1e9),
          "MB/s",
          mb / zipSeconds,
          "plain zip as above: the export's own read (ADR 0030: the messages read once), no JSON,"
              + " no zip");
    } catch (NoClassDefFoundError e) {
      System.err.println("no SessionExportRows in this build: " + e.getMessage());
    }

    Path opened = dir.resolve("opened");
    long o0 = System.nanoTime();
    MergeReport report = SessionOpener.open(file, opened);
    double openSeconds = (System.nanoTime() - o0) / 1e9;
    if (report.added().getOrDefault("messages", 0L) != n) {
      throw new IllegalStateException("opened " + report.added() + " of " + n + " messages");
    }
    Figures.rate(
        "session_open",
        mb / openSeconds,
        "MB/s",
        mb / unzipSeconds,
        "unzip of the plain zip, bytes read and discarded",
        0.5);
    double plainSeconds = plainInsertSeconds(dir.resolve("plain-insert"), n);
    Figures.compare(
        "session_open_rows",
        n / openSeconds,
        "messages/s",
        n / plainSeconds,
        "plain H2 batch insert of the same messages (no labels, replies, audit), committed as often");
    // what H2 can take at all, in the open's own unit: the messages entry's NDJSON per second
    double messagesMb = manifest.entry("messages.ndjson").bytes() / 1048576.0;
    Figures.compare(
        "session_open_plain_insert",
        messagesMb / plainSeconds,
        "MB/s",
        mb / unzipSeconds,
        "unzip as above: a plain H2 batch insert of the messages alone, in MB/s of their NDJSON,"
            + " bounds any open that writes an H2 database");
  }

  /** The incident: N messages; labels on a fifth, replies and audit on a twentieth, notes on 1%. */
  static void fill(Database db, int n) throws Exception {
    db.write(
        c -> {
          try (PreparedStatement inc =
              c.prepareStatement(
                  "INSERT INTO incidents (name, cause, origin_platform, window_seconds,"
                      + " declared_at) VALUES ('Kettle recall', 'EXTERNAL', 'X', 3600, ?)")) {
            inc.setObject(1, OffsetDateTime.ofInstant(BenchData.START, ZoneOffset.UTC));
            inc.executeUpdate();
          }
          try (PreparedStatement l =
              c.prepareStatement(
                  "INSERT INTO labels (name, name_key, colour) VALUES (?, ?, '#336699')")) {
            for (String name : new String[] {"Refund", "Safety", "Press", "Legal"}) {
              l.setString(1, name);
              l.setString(2, name.toLowerCase());
              l.executeUpdate();
            }
          }
          return null;
        });
    int chunk = 5000;
    for (int from = 0; from < n; from += chunk) {
      int start = from;
      int end = Math.min(n, from + chunk);
      db.write(
          c -> {
            try (PreparedStatement ps =
                    c.prepareStatement(
                        "INSERT INTO messages (id, platform, external_id, author, author_reach,"
                            + " text, preview, url, created_at, received_at, direction, status,"
                            + " language, sentiment, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                            + " ?, 'INBOUND', ?, 'en', ?, ?)");
                PreparedStatement label =
                    c.prepareStatement(
                        "INSERT INTO message_labels (message_id, label_id) VALUES (?, ?)");
                PreparedStatement reply =
                    c.prepareStatement(
                        "INSERT INTO replies (message_id, text, sent_by, sent_at, platform)"
                            + " VALUES (?, 'Thanks, a refund is on its way: see the hub.',"
                            + " 'ana', ?, ?)");
                PreparedStatement note =
                    c.prepareStatement(
                        "INSERT INTO notes (message_id, text, author, created_at) VALUES (?,"
                            + " 'Customer called twice; escalate if no answer.', 'ben', ?)");
                PreparedStatement audit =
                    c.prepareStatement(
                        "INSERT INTO audit_log (at, actor, action, entity, entity_id,"
                            + " before_value, after_value) VALUES (?, 'ana', 'status.set',"
                            + " 'message', ?, 'NEEDS_REPLY', 'REPLIED')")) {
              for (int i = start; i < end; i++) {
                long id = i + 1L;
                BenchData.Row r = BenchData.row(i);
                OffsetDateTime at = OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC);
                ps.setLong(1, id);
                ps.setString(2, r.platform().toUpperCase());
                ps.setString(3, r.id());
                ps.setString(4, r.author());
                ps.setLong(5, r.reach());
                ps.setString(6, r.text());
                ps.setString(7, TextPreview.cut(r.text(), 280));
                ps.setString(8, "https://example.org/" + r.platform() + "/" + r.id());
                ps.setObject(9, at);
                ps.setObject(10, at);
                ps.setString(11, i % 20 == 0 ? "REPLIED" : "NEEDS_REPLY");
                ps.setDouble(12, (i % 200) / 100.0 - 1);
                ps.setInt(13, i % 100);
                ps.addBatch();
                if (i % 5 == 0) {
                  label.setLong(1, id);
                  label.setLong(2, 1 + (i / 5) % 4);
                  label.addBatch();
                }
                if (i % 20 == 0) {
                  OffsetDateTime later = at.plusMinutes(7);
                  reply.setLong(1, id);
                  reply.setObject(2, later);
                  reply.setString(3, r.platform().toUpperCase());
                  reply.addBatch();
                  audit.setObject(1, later);
                  audit.setLong(2, id);
                  audit.addBatch();
                }
                if (i % 100 == 0) {
                  note.setLong(1, id);
                  note.setObject(2, at.plusMinutes(3));
                  note.addBatch();
                }
              }
              ps.executeBatch();
              label.executeBatch();
              reply.executeBatch();
              note.executeBatch();
              audit.executeBatch();
            }
            return null;
          });
    }
  }

  private static void plainZip(Path from, Path to) throws Exception {
    try (OutputStream out = Files.newOutputStream(to);
        ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
        Stream<Path> files = Files.list(from)) {
      zip.setLevel(SessionFormat.COMPRESSION_LEVEL);
      for (Path f : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
        Files.copy(f, zip);
        zip.closeEntry();
      }
    }
  }

  private static void unzipDiscard(Path file) throws Exception {
    byte[] buffer = new byte[1 << 16];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        try (InputStream in = zip.getInputStream(entries.nextElement())) {
          while (in.read(buffer) >= 0) {
            // read and discard
          }
        }
      }
    }
  }

  private static double plainInsertSeconds(Path base, int n) throws Exception {
    try (Database db = Database.open(base)) {
      long t0 = System.nanoTime();
      db.write(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO messages (platform, external_id, author, author_reach, text,"
                        + " preview, created_at, received_at, direction, status) VALUES (?, ?,"
                        + " ?, ?, ?, ?, ?, ?, 'INBOUND', 'NEEDS_REPLY')")) {
              for (int i = 0; i < n; i++) {
                BenchData.Row r = BenchData.row(i);
                ps.setString(1, r.platform().toUpperCase());
                ps.setString(2, r.id());
                ps.setString(3, r.author());
                ps.setLong(4, r.reach());
                ps.setString(5, r.text());
                ps.setString(6, TextPreview.cut(r.text(), 280));
                OffsetDateTime at = OffsetDateTime.ofInstant(r.createdAt(), ZoneOffset.UTC);
                ps.setObject(7, at);
                ps.setObject(8, at);
                ps.addBatch();
                if (i % 1000 == 999) {
                  ps.executeBatch();
                }
                if (i % SessionMerge.FRESH_COMMIT_ROWS == SessionMerge.FRESH_COMMIT_ROWS - 1) {
                  c.commit();
                }
              }
              ps.executeBatch();
            }
            return null;
          });
      return (System.nanoTime() - t0) / 1e9;
    }
  }
}
