package org.firebreak.share.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.firebreak.app.AppVersion;
import org.firebreak.share.AtomicFile;
import org.firebreak.store.Database;
import org.firebreak.store.SessionExportRows;
import org.firebreak.store.SessionRows;
import org.firebreak.store.SimulationStore;

/**
 * Writes the whole incident as a session file, streaming each table from a cursor into its NDJSON
 * entry. The file is replaced atomically: a crash or a cancel leaves the previous file as it was.
 */
public final class SessionExporter {

  /** Progress in rows; a cancel is asked for between rows. */
  public interface Progress {
    void rows(long done, long total);

    default boolean cancelled() {
      return false;
    }

    Progress NONE = (done, total) -> {};
  }

  private final Database db;
  private final SessionRows rows;
  private final Clock clock;
  private final BooleanSupplier training;
  private final ObjectMapper json = SessionFormat.json();

  public SessionExporter(Database db, Clock clock) {
    this(db, clock, new SimulationStore(db)::isTrainingDatabase);
  }

  /** An exporter whose manifest says {@code "simulation": true} when {@code training} says so. */
  public SessionExporter(Database db, Clock clock, BooleanSupplier training) {
    this.db = db;
    this.rows = new SessionRows(db);
    this.clock = clock;
    this.training = training;
  }

  /**
   * Exports to {@code out}; throws {@link CancellationException} when cancelled, leaving any
   * previous file untouched.
   */
  public SessionManifest export(Path out, String exportedBy, Progress progress) throws IOException {
    // progress needs only the order of size: counting each entry's query exactly read it twice
    Map<String, Long> counts = rows.roughCounts();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<SessionManifest.Entry> entries = new ArrayList<>();
    SessionManifest[] written = new SessionManifest[1];
    AtomicFile.write(
        out,
        target -> {
          ZipOutputStream zip = new ZipOutputStream(new KeepOpen(target));
          zip.setLevel(SessionFormat.COMPRESSION_LEVEL);
          long[] done = {0};
          // rows and JSON on this thread, hashing and deflating on a second one (ADR 0026)
          try (ZipBehind behind = new ZipBehind(zip)) {
            List<Pending> pending = new ArrayList<>();
            SessionExportRows pass = new SessionExportRows(db); // reads messages once (ADR 0030)
            for (String entry : SessionRows.ENTRIES) {
              pending.add(writeEntry(pass, behind, entry, done, total, progress));
            }
            behind.finish();
            for (Pending p : pending) {
              ZipBehind.Written w = p.out().written();
              if (w.bytes() != p.out().count()) {
                throw new IOException(p.name() + ": " + w.bytes() + " of " + p.out().count());
              }
              entries.add(new SessionManifest.Entry(p.name(), p.rows(), w.bytes(), w.sha256()));
            }
          }
          written[0] =
              new SessionManifest(
                  SessionFormat.FORMAT_VERSION,
                  AppVersion.release(),
                  AppVersion.SCHEMA_VERSION,
                  exportedBy,
                  clock.instant().toString(),
                  entries,
                  training.getAsBoolean() ? Boolean.TRUE : null);
          zip.putNextEntry(new ZipEntry(SessionFormat.MANIFEST));
          zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(written[0]));
          zip.closeEntry();
          zip.finish();
          zip.flush();
        });
    progress.rows(total, total);
    return written[0];
  }

  /** An entry handed to the zip's thread: its name, rows, and where its size and hash appear. */
  private record Pending(String name, long rows, ZipBehind.EntryStream out) {}

  private Pending writeEntry(
      SessionExportRows pass,
      ZipBehind behind,
      String entry,
      long[] done,
      long total,
      Progress progress)
      throws IOException {
    String name = SessionFormat.entryName(entry);
    ZipBehind.EntryStream out = behind.entry(name);
    NdjsonRows writer = new NdjsonRows(json.getFactory().createGenerator(out), name);
    try {
      pass.stream(entry, writer.progress(done, total, progress));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      writer.close();
    }
    out.close();
    return new Pending(name, writer.count(), out);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Passes writes through and ignores close, so an entry's writer cannot close the zip. */
  private static class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
