package org.firebreak.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Consistent online backups of the incident database (H2's {@code BACKUP TO}) in a folder beside
 * it, kept in rotation. A backup is reopened and counted before it is kept; restoring writes a new
 * database file and never overwrites one.
 */
public final class Backups {

  /** One kept backup: when it was taken and what it held when it was checked. */
  public record Backup(Path file, Instant takenAt, long messages, long auditRows) {}

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
  private final Database db;
  private final Clock clock;
  private final int keep;

  public Backups(Database db, Clock clock, int keep) {
    this.db = db;
    this.clock = clock;
    this.keep = keep;
  }

  /** Where the backups of the database at {@code base} are kept. */
  public static Path folder(Path base) {
    return base.toAbsolutePath().resolveSibling(base.getFileName() + "-backups");
  }

  /** The folder this database's backups go to. */
  public Path folder() {
    return folder(db.base());
  }

  /** Takes, checks and keeps a backup, then drops the oldest beyond the rotation. */
  public Backup take() {
    Instant at = clock.instant();
    Path folder = folder(db.base());
    String name = db.base().getFileName() + "-" + STAMP.format(at);
    Path temp = folder.resolve("." + name + ".zip.tmp");
    try {
      Files.createDirectories(folder);
      Files.deleteIfExists(temp);
      String target = temp.toString().replace("'", "''");
      db.read(
          c -> {
            try (Statement s = c.createStatement()) {
              s.execute("BACKUP TO '" + target + "'");
            }
            return null;
          });
      long[] counts = count(temp);
      Path kept = folder.resolve(name + ".zip");
      Files.move(temp, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Backup backup = new Backup(kept, at, counts[0], counts[1]);
      writeLabel(backup);
      rotate();
      return backup;
    } catch (IOException e) {
      throw DiskFullException.of(e, temp)
          .<RuntimeException>map(full -> new StoreException(full.getMessage(), full))
          .orElseGet(() -> new StoreException("Could not back up to " + folder + ": " + e, e));
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a leftover temporary backup is removed by the next one
      }
    }
  }

  /** The kept backups of the database at {@code base}, newest first. */
  public static List<Backup> list(Path base) {
    Path folder = folder(base);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Backup> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path label : files.filter(f -> f.toString().endsWith(".zip.properties")).toList()) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(label, StandardCharsets.UTF_8)) {
          p.load(r);
        }
        Path zip = label.resolveSibling(label.getFileName().toString().replace(".properties", ""));
        if (Files.exists(zip)) {
          all.add(
              new Backup(
                  zip,
                  Instant.parse(p.getProperty("taken_at")),
                  Long.parseLong(p.getProperty("messages")),
                  Long.parseLong(p.getProperty("audit_rows"))));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new StoreException("Could not list the backups in " + folder + ": " + e, e);
    }
    all.sort(Comparator.comparing(Backup::takenAt).reversed());
    return all;
  }

  /**
   * Restores a backup as a new database at {@code newBase}; refuses if a database is already there.
   */
  public static Path restore(Backup backup, Path newBase) {
    Path dataFile = DatabaseLocation.dataFile(newBase);
    if (Files.exists(dataFile)) {
      throw new StoreException("Will not overwrite " + dataFile + ": choose another name.");
    }
    try {
      Files.createDirectories(dataFile.toAbsolutePath().getParent());
      Path temp = dataFile.resolveSibling("." + dataFile.getFileName() + ".restoring");
      extract(backup.file(), temp);
      count(backup.file());
      Files.move(temp, dataFile, StandardCopyOption.ATOMIC_MOVE);
      return newBase;
    } catch (IOException e) {
      throw new StoreException("Could not restore " + backup.file() + ": " + e, e);
    }
  }

  /** A free name beside {@code base} for restoring the backup taken at {@code at}. */
  public static Path restoreTarget(Path base, Instant at) {
    Path candidate = base.resolveSibling(base.getFileName() + "-restored-" + STAMP.format(at));
    for (int i = 2; Files.exists(DatabaseLocation.dataFile(candidate)); i++) {
      candidate =
          base.resolveSibling(base.getFileName() + "-restored-" + STAMP.format(at) + "-" + i);
    }
    return candidate;
  }

  /** A backup that failed its reopen-and-count check; it is not kept. */
  public static final class UntrustedBackupException extends StoreException {
    private static final long serialVersionUID = 1L;

    UntrustedBackupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Opens the backup's database read-only in a scratch folder: {messages, audit rows}. */
  static long[] count(Path zip) throws IOException {
    Path scratch = Files.createTempDirectory("firebreak-backup-check");
    try {
      Path file = scratch.resolve("check.mv.db");
      extract(zip, file);
      String url = "jdbc:h2:file:" + scratch.resolve("check") + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
      try (Connection c = DriverManager.getConnection(url, "firebreak", "");
          Statement s = c.createStatement()) {
        return new long[] {single(s, "messages"), single(s, "audit_log")};
      } catch (SQLException e) {
        throw new UntrustedBackupException(
            "The backup " + zip + " could not be reopened, so it is not trusted: " + e.getMessage(),
            e);
      }
    } finally {
      try (Stream<Path> files = Files.list(scratch)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(scratch);
    }
  }

  private static long single(Statement s, String table) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Copies the one database file in a backup archive to {@code target}. */
  private static void extract(Path zip, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().endsWith(".mv.db")) {
          try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
          }
          return;
        }
      }
    }
    throw new StoreException("The backup " + zip + " holds no database file.");
  }

  private static void writeLabel(Backup b) throws IOException {
    Properties p = new Properties();
    p.setProperty("taken_at", b.takenAt().toString());
    p.setProperty("messages", Long.toString(b.messages()));
    p.setProperty("audit_rows", Long.toString(b.auditRows()));
    Path label = b.file().resolveSibling(b.file().getFileName() + ".properties");
    try (Writer w = Files.newBufferedWriter(label, StandardCharsets.UTF_8)) {
      p.store(w, "Firebreak backup, checked by reopening");
    }
  }

  private void rotate() throws IOException {
    List<Backup> all = list(db.base());
    for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
      Files.deleteIfExists(old.file().resolveSibling(old.file().getFileName() + ".properties"));
      Files.deleteIfExists(old.file());
    }
  }
}
