package org.firebreak.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.firebreak.share.session.SessionExporter;
import org.firebreak.share.session.SessionManifest;
import org.firebreak.store.Database;
import org.firebreak.store.SessionRows;

/**
 * Where a session export spends its time (ADR 0026), on a bench incident kept between runs: the
 * export, then the same rows read from H2 with nothing done to them, then read and written as JSON
 * to nowhere. Repeated {@code probe.rounds} times in one JVM, so cold and warm runs show. Not a
 * test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.SessionProbe [-Dbench.messages=1000000]
 * [-Dprobe.dir=/tmp/session-probe/incident] [-Dprobe.rounds=4]}; the incident is filled as
 * SessionBench fills it when the folder holds none.
 */
public final class SessionProbe {

  private SessionProbe() {}

  public static void main(String[] args) throws Exception {
    Path base = Path.of(System.getProperty("probe.dir", "/tmp/session-probe/incident"));
    int n = Integer.getInteger("bench.messages", 100_000);
    if (!Files.exists(base.resolveSibling(base.getFileName() + ".mv.db"))) {
      Files.createDirectories(base.toAbsolutePath().getParent());
      try (Database db = Database.open(base)) {
        SessionBench.fill(db, n);
      }
    }
    try (Database db = Database.open(base)) {
      SessionExporter exporter = new SessionExporter(db, Clock.systemUTC());
      SessionRows rows = new SessionRows(db);
      for (int round = 0; round < Integer.getInteger("probe.rounds", 4); round++) {
        long t0 = System.nanoTime();
        SessionManifest m =
            exporter.export(
                base.resolveSibling("probe.firebreak"), "probe", SessionExporter.Progress.NONE);
        double export = seconds(t0);
        long bytes = m.entries().stream().mapToLong(SessionManifest.Entry::bytes).sum();

        long r0 = System.nanoTime();
        for (String entry : SessionRows.ENTRIES) {
          rows.stream(entry, new Nowhere(null));
        }
        double read = seconds(r0);

        long j0 = System.nanoTime();
        ObjectMapper json = new ObjectMapper();
        for (String entry : SessionRows.ENTRIES) {
          try (JsonGenerator gen =
              json.getFactory().createGenerator(OutputStream.nullOutputStream())) {
            rows.stream(entry, new Nowhere(gen));
          }
        }
        double readJson = seconds(j0);
        double mb = bytes / 1048576.0;
        System.out.printf(
            "round %d: export %.2f s (%.1f MB/s), read only %.2f s (%.1f MB/s),"
                + " read and JSON %.2f s (%.1f MB/s)%n",
            round, export, mb / export, read, mb / read, readJson, mb / readJson);
      }
    }
  }

  private static double seconds(long from) {
    return (System.nanoTime() - from) / 1e9;
  }

  /** Discards the rows, or writes them as JSON objects when given a generator. */
  private static final class Nowhere implements SessionRows.ColumnSink {
    private final JsonGenerator gen;
    private String[] names;

    Nowhere(JsonGenerator gen) {
      this.gen = gen;
    }

    @Override
    public void columns(String[] columnNames) {
      names = columnNames;
    }

    @Override
    public void row(Object[] values) throws IOException {
      if (gen == null) {
        return;
      }
      gen.writeStartObject();
      for (int i = 0; i < names.length; i++) {
        gen.writeFieldName(names[i]);
        gen.writeObject(values[i]);
      }
      gen.writeEndObject();
      gen.writeRaw('\n');
    }
  }
}
