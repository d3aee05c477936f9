package org.firebreak.share.session;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.firebreak.intake.DaemonThreads;

/**
 * The second stage of an export (ADR 0026): the caller's thread reads rows and writes their JSON
 * into chunks; one worker thread hashes and deflates the chunks into the zip, in order. At most
 * {@link #CHUNKS_AHEAD} chunks wait, so memory stays bounded when the disk or deflate is slower.
 * The first failure on the worker is thrown to the caller at its next write or at {@link #finish}.
 */
final class ZipBehind implements AutoCloseable {

  static final int CHUNK_BYTES = 1 << 18;
  static final int CHUNKS_AHEAD = 8;

  /** Whatever one entry's bytes came to, known once the worker has written them all. */
  record Written(long bytes, String sha256) {}

  @FunctionalInterface
  private interface Step {
    void run() throws IOException;
  }

  private final ZipOutputStream zip;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("session-zip"));
  private final Semaphore room = new Semaphore(CHUNKS_AHEAD);
  private volatile Throwable failed;
  private volatile boolean abandoned;
  // worker-only state: the entry being written
  private MessageDigest sha;
  private long bytes;

  ZipBehind(ZipOutputStream zip) {
    this.zip = zip;
  }

  /** Starts an entry; returns the stream its bytes go to (closing it ends the entry). */
  EntryStream entry(String name) throws IOException {
    CompletableFuture<Written> written = new CompletableFuture<>();
    later(
        () -> {
          zip.putNextEntry(new ZipEntry(name));
          sha = SessionExporter.sha256();
          bytes = 0;
        });
    return new EntryStream(written);
  }

  /** Waits for every step handed over so far; throws the worker's first failure. */
  void finish() throws IOException {
    try {
      // the worker runs steps in order: once this one has run, every earlier one has
      worker.submit(() -> {}).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Export interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IOException(e.getCause());
    }
    rethrow();
  }

  private void later(Step step) throws IOException {
    rethrow();
    try {
      room.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Export interrupted");
    }
    worker.execute(
        () -> {
          try {
            if (failed == null && !abandoned) {
              step.run();
            }
          } catch (Throwable t) {
            failed = t;
          } finally {
            room.release();
          }
        });
  }

  private void rethrow() throws IOException {
    Throwable t = failed;
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }

  /**
   * Stops the worker: steps still waiting are skipped (an export that failed or was cancelled), and
   * the one running finishes, so nothing writes to the file after the caller has moved on. Not
   * interrupted: an interrupt would close the file's channel under the atomic write.
   */
  @Override
  public void close() throws IOException {
    abandoned = true;
    worker.shutdown();
    try {
      if (!worker.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
        throw new IOException("The session file's writer did not stop within a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Export interrupted");
    }
  }

  /** One entry's bytes, gathered into chunks on the caller's thread. */
  final class EntryStream extends OutputStream {
    private final CompletableFuture<Written> written;
    private byte[] chunk = new byte[CHUNK_BYTES];
    private int used;
    private long count;

    private EntryStream(CompletableFuture<Written> written) {
      this.written = written;
    }

    @Override
    public void write(int b) throws IOException {
      if (used == chunk.length) {
        handOver();
      }
      chunk[used++] = (byte) b;
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      while (len > 0) {
        if (used == chunk.length) {
          handOver();
        }
        int n = Math.min(len, chunk.length - used);
        System.arraycopy(b, off, chunk, used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    private void handOver() throws IOException {
      byte[] full = chunk;
      int n = used;
      later(
          () -> {
            sha.update(full, 0, n);
            bytes += n;
            zip.write(full, 0, n);
          });
      chunk = new byte[CHUNK_BYTES];
      used = 0;
    }

    /** Bytes written so far (on the caller's thread). */
    long count() {
      return count;
    }

    /** Hands over the last chunk and ends the entry; {@link #written} completes on the worker. */
    @Override
    public void close() throws IOException {
      if (used > 0) {
        handOver();
      }
      later(
          () -> {
            zip.closeEntry();
            written.complete(new Written(bytes, HexFormat.of().formatHex(sha.digest())));
          });
    }

    /** The entry's size and SHA-256; call after {@link ZipBehind#finish}. */
    Written written() {
      return written.getNow(null);
    }
  }
}
