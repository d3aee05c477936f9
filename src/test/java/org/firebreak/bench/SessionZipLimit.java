package org.firebreak.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.firebreak.share.session.SessionFormat;

/**
 * The limits of SessionBench for a session file kept between runs: its NDJSON entries zipped at the
 * exporter's level, then unzipped and discarded, each in MB/s of NDJSON. Not a test.
 *
 * <p>Run: {@code mvn -B -ntp -Pbench test-compile exec:java
 * -Dbench.main=org.firebreak.bench.SessionZipLimit -Dprobe.file=FILE.firebreak}
 */
public final class SessionZipLimit {

  private SessionZipLimit() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(System.getProperty("probe.file"));
    Path dir = Files.createTempDirectory("firebreak-zip-limit");
    try {
      long bytes = 0;
      try (ZipFile zip = new ZipFile(file.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry e = entries.nextElement();
          try (InputStream in = zip.getInputStream(e)) {
            bytes += Files.copy(in, dir.resolve(e.getName()));
          }
        }
      }
      double mb = bytes / 1048576.0;
      Path plain = dir.resolve("plain.zip.out");
      long z0 = System.nanoTime();
      try (OutputStream out = Files.newOutputStream(plain);
          ZipOutputStream zip =
              new ZipOutputStream(new java.io.BufferedOutputStream(out, 1 << 16))) {
        zip.setLevel(SessionFormat.COMPRESSION_LEVEL);
        try (var files = Files.list(dir)) {
          for (Path f : files.filter(p -> !p.equals(plain)).sorted().toList()) {
            zip.putNextEntry(new ZipEntry(f.getFileName().toString()));
            Files.copy(f, zip);
            zip.closeEntry();
          }
        }
      }
      double zip = (System.nanoTime() - z0) / 1e9;
      byte[] buffer = new byte[1 << 16];
      long u0 = System.nanoTime();
      try (ZipFile z = new ZipFile(plain.toFile())) {
        Enumeration<? extends ZipEntry> entries = z.entries();
        while (entries.hasMoreElements()) {
          try (InputStream in = z.getInputStream(entries.nextElement())) {
            while (in.read(buffer) >= 0) {
              // read and discard
            }
          }
        }
      }
      double unzip = (System.nanoTime() - u0) / 1e9;
      System.out.printf(
          "%.0f MB of NDJSON: plain zip %.1f s (%.1f MB/s), unzip %.1f s (%.1f MB/s)%n",
          mb, zip, mb / zip, unzip, mb / unzip);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
