package org.firebreak.intake.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watched folder: a file dropped there is imported once it has stopped growing (the same size
 * and time at two polls in a row, and no other program holding a lock on it), then moved aside to
 * {@code done/} or {@code failed/}. Polls run on the scheduler given (a WatchService only makes the
 * next poll come sooner), so a test drives {@link #poll()} itself and never sleeps.
 */
public final class FolderWatch implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);
  private static final List<String> PARTIAL =
      List.of(".part", ".partial", ".tmp", ".crdownload", ".download");

  /** What one file did: imported (with its summary), already seen, or failed (with why). */
  public record Outcome(Path file, String result, String detail) {}

  private record Seen(long size, long modified) {}

  private final Path folder;
  private final WatchedFileImporter importer;
  private final Consumer<Outcome> told;
  private final Map<Path, Seen> lastSeen = new HashMap<>();
  private WatchService watcher;
  private ScheduledExecutorService scheduler;
  private java.util.concurrent.ScheduledFuture<?> polling;

  /**
   * @param told each file's outcome, on the scheduler's thread
   */
  public FolderWatch(Path folder, WatchedFileImporter importer, Consumer<Outcome> told) {
    this.folder = folder;
    this.importer = importer;
    this.told = told;
  }

  public Path folder() {
    return folder;
  }

  /** Polls every {@code every} on the scheduler, and sooner when the folder reports a change. */
  public void start(ScheduledExecutorService scheduler, Duration every) {
    this.scheduler = scheduler;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": the watched folder cannot be created", e);
    }
    long ms = every.toMillis();
    polling = scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, ms, TimeUnit.MILLISECONDS);
    try {
      watcher = folder.getFileSystem().newWatchService();
      folder.register(
          watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
      scheduler.execute(this::awaitChange);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.info("{}: no change notices here ({}); polling every {} ms", folder, e, ms);
    }
  }

  /** One WatchService wait at a time on the scheduler, bounded so the poll keeps its turn. */
  private void awaitChange() {
    try {
      var key = watcher.poll(250, TimeUnit.MILLISECONDS);
      if (key != null) {
        key.pollEvents();
        key.reset();
        pollQuietly();
      }
      scheduler.execute(this::awaitChange);
    } catch (ClosedWatchServiceException | java.util.concurrent.RejectedExecutionException e) {
      // stopped
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (RuntimeException e) {
      LOG.warn("{}: the watched folder could not be read: {}", folder, e.toString());
    }
  }

  /**
   * Looks at the folder once: files seen unchanged since the last poll are taken in; returns what
   * happened to each.
   */
  public synchronized List<Outcome> poll() {
    Set<Path> present = new HashSet<>();
    List<Outcome> outcomes = new java.util.ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (!candidate(file)) {
          continue;
        }
        present.add(file);
        Seen now = new Seen(Files.size(file), Files.getLastModifiedTime(file).toMillis());
        Seen before = lastSeen.put(file, now);
        if (now.equals(before) && WatchedFileImporter.unlocked(file)) {
          Outcome outcome = importer.take(file);
          lastSeen.remove(file);
          outcomes.add(outcome);
          told.accept(outcome);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot be listed", e);
    }
    lastSeen.keySet().retainAll(present);
    return outcomes;
  }

  private static boolean candidate(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file)
        && !name.startsWith(".")
        && !name.startsWith("~")
        && PARTIAL.stream().noneMatch(lower::endsWith);
  }

  @Override
  public void close() {
    if (polling != null) {
      polling.cancel(false);
    }
    if (watcher != null) {
      try {
        watcher.close();
      } catch (IOException ignored) {
        // closing
      }
    }
  }
}
