package org.firebreak.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Predicate;
import org.firebreak.app.AppVersion;
import org.firebreak.store.migration.V11__SearchIndex;
import org.firebreak.store.migration.V20__ReplyDebtCounters;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 incident database: one file per incident, migrated by Flyway, held by one
 * Firebreak process at a time. Every commit reaches the operating system before it returns
 * (WRITE_DELAY=0); {@link #writeDurably} also forces it to the device (see ADR 0003).
 */
public final class Database implements AutoCloseable {

  private static final String USER = "firebreak";
  private static final String OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

  private final Path base;
  private final JdbcConnectionPool pool;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final boolean readOnly;
  private StoreHousekeeping housekeeping;
  // held (shared) by long cursor reads; housekeeping compacts only when it can take it alone
  final java.util.concurrent.locks.ReentrantReadWriteLock steady =
      new java.util.concurrent.locks.ReentrantReadWriteLock();

  private Database(
      Path base,
      JdbcConnectionPool pool,
      FileChannel lockChannel,
      FileLock lock,
      boolean readOnly) {
    this.base = base;
    this.pool = pool;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.readOnly = readOnly;
  }

  /** Opens (creating if needed) the database at {@code base}, migrating it to this schema. */
  public static Database open(Path base) {
    return open(base, "file", Files::isWritable);
  }

  /** Opens an existing database for reading only, as when its folder cannot be written. */
  public static Database openReadOnly(Path base) {
    return ReadOnlyOpening.open(base, "file");
  }

  /** Opens through one of H2's file systems ({@code file}, or a test's fault-injecting one). */
  static Database open(Path base, String fileSystem) {
    return open(base, fileSystem, Files::isWritable);
  }

  /**
   * Opens the database; one whose file or folder cannot be written opens read-only (see {@link
   * #readOnly}); a damaged one is refused with {@link DatabaseDamagedException}.
   */
  static Database open(Path base, String fileSystem, Predicate<Path> writable) {
    Path dataFile = DatabaseLocation.dataFile(base);
    boolean exists = Files.exists(dataFile);
    if (exists && !(writable.test(dataFile) && writable.test(base.toAbsolutePath().getParent()))) {
      return ReadOnlyOpening.open(base, fileSystem);
    }
    FileChannel channel = null;
    FileLock lock = null;
    try {
      Files.createDirectories(base.toAbsolutePath().getParent());
      Path lockFile = base.resolveSibling(base.getFileName() + ".firebreak.lock");
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      lock = tryLock(channel, dataFile);
      if (exists) {
        refuseNewerSchema(base, fileSystem, dataFile);
        checkSeal(dataFile);
        DataFileSeal.breakSeal(dataFile);
      }
      String url = "jdbc:h2:" + fileSystem + ":" + base.toAbsolutePath() + OPTIONS;
      JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, "");
      pool.setMaxConnections(16);
      try (Connection probe = pool.getConnection()) {
        probe.isValid(1);
      }
      Flyway.configure()
          .dataSource(url, USER, "")
          .locations("classpath:db/migration")
          .javaMigrations(new V11__SearchIndex(), new V20__ReplyDebtCounters())
          .load()
          .migrate();
      Database db = new Database(base, pool, channel, lock, false);
      db.recordWriter();
      db.housekeeping = StoreHousekeeping.start(db);
      return db;
    } catch (SQLException e) {
      release(lock, channel);
      if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        // we hold the lock, so H2's "already open" on a file whose seal broke means damaged bytes
        if (exists && sealBroken(dataFile)) {
          throw new DatabaseDamagedException(dataFile, e.getMessage(), e);
        }
        throw new DatabaseInUseException(dataFile, e);
      }
      if (exists) {
        throw new DatabaseDamagedException(dataFile, e.getMessage(), e);
      }
      throw new StoreException(
          "Could not open the incident database " + dataFile + ": " + e.getMessage(), e);
    } catch (IOException e) {
      release(lock, channel);
      throw new StoreException("Could not open the incident database " + dataFile + ": " + e, e);
    } catch (RuntimeException e) {
      release(lock, channel);
      if (e.getCause() instanceof SQLException sql
          && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new DatabaseInUseException(dataFile, e);
      }
      if (exists && !(e instanceof StoreException) && damage(e)) {
        throw new DatabaseDamagedException(dataFile, e.getMessage(), e);
      }
      throw e;
    }
  }

  /** Refuses a file that changed since it was sealed on its last clean close. */
  static void checkSeal(Path dataFile) throws IOException {
    if (DataFileSeal.check(dataFile) == DataFileSeal.Verdict.CHANGED) {
      throw new DatabaseDamagedException(
          dataFile,
          "its contents changed after Firebreak last closed it (the checksum beside it no longer"
              + " matches)",
          null);
    }
  }

  private static boolean sealBroken(Path dataFile) {
    try {
      return DataFileSeal.check(dataFile) == DataFileSeal.Verdict.CHANGED;
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether a failure to open an existing file says the file itself is unreadable. */
  private static boolean damage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        int code = sql.getErrorCode();
        return code == ErrorCode.FILE_CORRUPTED_1
            || code == ErrorCode.IO_EXCEPTION_1
            || code == ErrorCode.IO_EXCEPTION_2
            || code == ErrorCode.GENERAL_ERROR_1;
      }
    }
    return false;
  }

  private static FileLock tryLock(FileChannel channel, Path dataFile) throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw new DatabaseInUseException(dataFile, null);
      }
      return lock;
    } catch (OverlappingFileLockException e) {
      throw new DatabaseInUseException(dataFile, e);
    }
  }

  private static void release(FileLock lock, FileChannel channel) {
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException ignored) {
      // releasing a lock we failed to use; nothing more to do
    }
  }

  /** Reads the schema a file carries without writing to it; refuses a newer one. */
  static int refuseNewerSchema(Path base, String fileSystem, Path dataFile) throws SQLException {
    String url =
        "jdbc:h2:" + fileSystem + ":" + base.toAbsolutePath() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
    try (Connection c = DriverManager.getConnection(url, USER, "");
        Statement s = c.createStatement()) {
      int fileSchema = 0;
      try (ResultSet rs =
          s.executeQuery(
              "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'flyway_schema_history'")) {
        rs.next();
        if (rs.getInt(1) == 0) {
          return 0;
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")) {
        while (rs.next()) {
          fileSchema = Math.max(fileSchema, Integer.parseInt(rs.getString(1).split("\\.")[0]));
        }
      }
      if (fileSchema > AppVersion.SCHEMA_VERSION) {
        String writtenBy = "newer";
        try (ResultSet rs =
            s.executeQuery("SELECT meta_value FROM firebreak_meta WHERE meta_key = 'written_by'")) {
          if (rs.next()) {
            writtenBy = rs.getString(1);
          }
        } catch (SQLException noMeta) {
          // an unknown newer layout: the schema number alone names it
        }
        throw new NewerDatabaseException(
            dataFile.toString(),
            writtenBy,
            fileSchema,
            AppVersion.release(),
            AppVersion.SCHEMA_VERSION);
      }
      return fileSchema;
    }
  }

  private void recordWriter() {
    write(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "MERGE INTO firebreak_meta (meta_key, meta_value) KEY (meta_key) VALUES ('written_by', ?)")) {
            ps.setString(1, AppVersion.release());
            ps.executeUpdate();
          }
          return null;
        });
  }

  public Path base() {
    return base;
  }

  /** True when the file or its folder cannot be written: the console shows it and saves nothing. */
  public boolean readOnly() {
    return readOnly;
  }

  /** Opened by {@link ReadOnlyOpening}. */
  static Database readOnly(Path base, JdbcConnectionPool pool) {
    return new Database(base, pool, null, null, true);
  }

  public Path dataFile() {
    return DatabaseLocation.dataFile(base);
  }

  /**
   * The housekeeping timer's tally: compaction rounds run, skipped under a long read, failed, and
   * page-cache trims (the soak reports them); zeros when none runs (read-only).
   */
  public long[] housekeepingTally() {
    return housekeeping == null ? new long[4] : housekeeping.tally();
  }

  /** H2's page cache: megabytes in use and its limit (the soak reports both beside the heap). */
  public long[] pageCacheMegabytes() {
    return read(
        c -> {
          long[] mb = new long[2];
          try (Statement s = c.createStatement();
              ResultSet rs =
                  s.executeQuery(
                      "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                          + " WHERE SETTING_NAME IN ('info.CACHE_SIZE', 'info.CACHE_MAX_SIZE')")) {
            while (rs.next()) {
              mb[rs.getString(1).endsWith("MAX_SIZE") ? 1 : 0] = Long.parseLong(rs.getString(2));
            }
          }
          return mb;
        });
  }

  /** Runs read-only work on a pooled connection. */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(
          "Reading " + dataFile().getFileName() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Read-only work whose cursor runs long (a lazy query over a whole table, as an export's): the
   * file is not compacted while it runs. Compaction moves pages to new chunks and frees the old
   * ones, which such a cursor may still have to read ("Chunk ... not found", ADR 0026).
   */
  public <T> T readSteady(SqlWork<T> work) {
    steady.readLock().lock();
    try {
      return read(work);
    } finally {
      steady.readLock().unlock();
    }
  }

  /** Runs work in one transaction: all of it is committed, or none of it. */
  public <T> T write(SqlWork<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      var full = DiskFullException.of(e, dataFile());
      if (full.isPresent()) {
        throw new StoreException(full.get().getMessage(), full.get());
      }
      throw new StoreException(
          "Saving to " + dataFile().getFileName() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Like {@link #write}, then forces the file to the storage device, for the few records that must
   * survive even a power cut once the user has seen them saved (approvals, declarations).
   */
  public <T> T writeDurably(SqlWork<T> work) {
    T result = write(work);
    read(
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
          }
          return null;
        });
    return result;
  }

  @Override
  public void close() {
    if (housekeeping != null) {
      housekeeping.close();
    }
    pool.dispose();
    if (!readOnly) {
      try {
        DataFileSeal.seal(dataFile());
      } catch (IOException | RuntimeException e) {
        // without a seal the next open relies on H2's own checks alone
      }
    }
    release(lock, lockChannel);
  }
}
