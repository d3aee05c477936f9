package org.firebreak.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.firebreak.share.AtomicFile;
import org.firebreak.store.DatabaseLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The incident databases this person opened most recently (recent.json beside the preferences),
 * newest first, for the welcome screen. Reading never throws: a broken list is an empty one.
 */
public final class RecentDatabases {
  public static final String FILE_NAME = "recent.json";
  public static final int KEEP = 8;
  private static final Logger LOG = LoggerFactory.getLogger(RecentDatabases.class);
  private static final TypeReference<List<Entry>> LIST = new TypeReference<>() {};

  /**
   * @param base the database base path (H2 adds ".mv.db")
   * @param lastOpened when this person last opened it
   */
  public record Entry(String base, Instant lastOpened) {
    public Path path() {
      return Path.of(base);
    }

    /** The name a person recognises: the file name without H2's suffix. */
    public String name() {
      return path().getFileName().toString();
    }
  }

  private final Path file;
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  public RecentDatabases(Path file) {
    this.file = file;
  }

  public static RecentDatabases forThisUser() {
    return new RecentDatabases(DatabaseLocation.dataFolderForThisUser().resolve(FILE_NAME));
  }

  /** Every remembered database whose file still exists, newest first. */
  public List<Entry> list() {
    return read().stream()
        .filter(e -> Files.isRegularFile(DatabaseLocation.dataFile(e.path())))
        .toList();
  }

  /** Puts this database first (once), keeping the newest {@value #KEEP}. */
  public void remember(Path base, Instant openedAt) throws IOException {
    String key = base.toAbsolutePath().normalize().toString();
    List<Entry> entries = new ArrayList<>(read());
    entries.removeIf(e -> e.base().equals(key));
    entries.add(0, new Entry(key, openedAt)); // first among equal times
    entries.sort(Comparator.comparing(Entry::lastOpened).reversed());
    List<Entry> kept = List.copyOf(entries.subList(0, Math.min(KEEP, entries.size())));
    AtomicFile.write(file, out -> out.write(json.writeValueAsBytes(kept)));
  }

  private List<Entry> read() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<Entry> entries = json.readValue(file.toFile(), LIST);
      return entries == null
          ? List.of()
          : entries.stream()
              .filter(e -> e != null && e.base() != null && e.lastOpened() != null)
              .toList();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Recent databases list {} could not be read ({}); starting a new one.", file, e);
      return List.of();
    }
  }
}
